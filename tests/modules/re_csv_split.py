# A realistic use: splitting CSV-ish records with quoted fields and loose separators
import re

FIELD = re.compile(r'\s*(?:"((?:[^"]|"")*)"|([^,;]*?))\s*(?:[,;]|$)')

def parse(line):
    fields = []
    pos = 0
    while pos <= len(line):
        m = FIELD.match(line, pos)
        if not m or m.end() == pos and pos == len(line) and fields:
            break
        quoted, plain = m.groups()
        fields.append(quoted.replace('""', '"') if quoted is not None else plain)
        if m.end() == len(line) and not re.search(r'[,;]\s*$', line[pos:m.end()]):
            break
        pos = m.end()
    return fields

rows = ['a,b,c', ' 1 ; 2.5 ;x y ', '"quoted, comma",plain,"say ""hi"""', 'trailing,', ',,', 'single']
for r in rows:
    print(repr(r), parse(r))
print(re.split(r'\s*[,;]\s*', ' 1 ; 2.5 ;x y '.strip()))
print(re.split(r'[,;](?=(?:[^"]*"[^"]*")*[^"]*$)', '"a,b",c;"d;e"'))
nums = [float(x) for x in re.findall(r'-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?', 't=-1.5e3, v=2, w=.5x 7')]
print(nums)
print(re.fullmatch(r'\d{4}-\d{2}-\d{2}', '2024-02-29') is not None, re.fullmatch(r'\d{4}-\d{2}-\d{2}', '2024-2-29'))
