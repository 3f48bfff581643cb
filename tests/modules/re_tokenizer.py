# A realistic use: a tokenizer for a small expression language (named groups, finditer, lastgroup)
import re

SPEC = [
    ('NUMBER', r'\d+(?:\.\d*)?'),
    ('ID', r'[A-Za-z_]\w*'),
    ('OP', r'==|!=|<=|>=|[+\-*/=<>()]'),
    ('NEWLINE', r'\n'),
    ('SKIP', r'[ \t]+'),
    ('COMMENT', r'\#.*'),
    ('MISMATCH', r'.'),
]
TOKEN = re.compile('|'.join('(?P<' + name + '>' + rx + ')' for name, rx in SPEC))

def tokenize(code):
    line = 1
    start = 0
    out = []
    for m in TOKEN.finditer(code):
        kind = m.lastgroup
        value = m.group()
        col = m.start() - start
        if kind == 'NUMBER':
            value = float(value) if '.' in value else int(value)
        elif kind == 'NEWLINE':
            line += 1
            start = m.end()
            continue
        elif kind in ('SKIP', 'COMMENT'):
            continue
        elif kind == 'MISMATCH':
            out.append(('ERROR', value, line, col))
            continue
        out.append((kind, value, line, col))
    return out

src = """x = 3.5 * (y + 42)  # scale
if x >= 10 == flag
  total = total + x $ 1"""
for tok in tokenize(src):
    print(tok)
print(TOKEN.groups, sorted(TOKEN.groupindex.items())[:3])
