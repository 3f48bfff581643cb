# A line-counting tool: builds a small source tree, walks it recursively with os.listdir and
# os.stat, counts lines, blank lines and bytes per file and per extension, and prints a
# sorted report like `wc`; then removes the tree bottom-up.
import os
try:
    os.stat(".")
except OSError:  # a board without a filesystem (the QEMU corpus run)
    print("SKIP: no filesystem")
    raise SystemExit

ROOT = "_tmp_files_line_count"
TREE = {
    "main.py": "import app\n\napp.run()\n",
    "README": "Demo\n====\n\nA tree to count.",
    "app/__init__.txt": "",
    "app/core.py": "def run():\n    print('hi')\n\n\n# end\n",
    "app/data/table.csv": "a,b\n1,2\r\n3,4\r\n",
    "app/data/notes.txt": "no newline at end",
    "docs/guide.md": "# Guide\n\nStep 1\nStep 2\n",
}


def build():
    for rel, text in TREE.items():
        parts = rel.split("/")
        for i in range(1, len(parts)):
            d = "/".join([ROOT] + parts[:i])
            if not os.path.exists(d):
                os.mkdir(d)
        with open(ROOT + "/" + rel, "w", newline="") as f:
            f.write(text)


def walk(top):
    dirs, files = [], []
    for name in sorted(os.listdir(top)):
        p = top + "/" + name
        (dirs if os.stat(p).st_mode & 0o170000 == 0o040000 else files).append(name)
    yield top, dirs, files
    for d in dirs:
        yield from walk(top + "/" + d)


def count(path):
    lines = blank = 0
    with open(path) as f:
        for line in f:
            lines += 1
            if not line.strip():
                blank += 1
    return lines, blank, os.stat(path).st_size


os.mkdir(ROOT)
build()
totals = {}
for top, dirs, files in walk(ROOT):
    for name in files:
        p = top + "/" + name
        lines, blank, size = count(p)
        ext = os.path.splitext(name)[1] or "(none)"
        t = totals.setdefault(ext, [0, 0, 0, 0])
        for i, v in enumerate((1, lines, blank, size)):
            t[i] += v
        print("%5d %5d %6d  %s" % (lines, blank, size, p[len(ROOT) + 1:]))
print("by extension:")
for ext in sorted(totals):
    print("  %-7s files=%d lines=%d blank=%d bytes=%d" % ((ext,) + tuple(totals[ext])))
for top, dirs, files in reversed(list(walk(ROOT))):
    for name in files:
        os.remove(top + "/" + name)
    os.rmdir(top)
print(os.path.exists(ROOT))
