"""What every notebooks/<id>/make_notebook.py shares: cells built in order (md, code) and
the .ipynb written beside the script with Numbook's kernelspec. Usage in a script:

    import os, sys; sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    from nbbuild import Builder
    nb = Builder("mandel")
    nb.md("# Title"); nb.code("const a = np.arange(3);")
    nb.write(__file__, "mandelbrot.ipynb", "The Mandelbrot and Julia sets")
"""
import json
import os


def lines(s):
    """A cell's source as nbformat keeps it: lines with their newlines, the last without."""
    out = s.strip("\n").split("\n")
    return [l + "\n" for l in out[:-1]] + [out[-1]]


class Builder:
    def __init__(self, prefix):
        self.prefix = prefix
        self.cells = []

    def md(self, text):
        self.cells.append({"cell_type": "markdown", "id": f"{self.prefix}-md-{len(self.cells)}", "metadata": {}, "source": lines(text)})

    def code(self, text):
        self.cells.append({"cell_type": "code", "id": f"{self.prefix}-code-{len(self.cells)}", "metadata": {}, "execution_count": None,
                           "outputs": [], "source": lines(text)})

    def write(self, script, name, title):
        nb = {
            "cells": self.cells,
            "metadata": {"kernelspec": {"name": "numbook", "display_name": "TypeScript (np)", "language": "typescript"},
                         "language_info": {"name": "typescript"}, "title": title},
            "nbformat": 4, "nbformat_minor": 5,
        }
        with open(os.path.join(os.path.dirname(os.path.abspath(script)), name), "w") as f:
            json.dump(nb, f, indent=1, ensure_ascii=False)
            f.write("\n")
        print(f"wrote {name}:", len(self.cells), "cells")
