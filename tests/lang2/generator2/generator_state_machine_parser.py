# A CSV-like parser written as a generator state machine fed character by character with send().
class ParseError(Exception):
    def __init__(self, msg, line, col):
        super().__init__(f"{msg} at {line}:{col}")
def csv_parser():
    rows, row, field = [], [], []
    state = "start"
    line, col = 1, 0
    while True:
        ch = yield rows
        rows = []
        col += 1
        if ch is None:
            if state == "quoted":
                raise ParseError("unterminated quote", line, col)
            if row or field:
                row.append("".join(field))
                rows = [row]
            return
        if state in ("start", "field"):
            if ch == '"' and not field:
                state = "quoted"
            elif ch == ",":
                row.append("".join(field))
                field = []
                state = "start"
            elif ch == "\n":
                row.append("".join(field))
                rows, row, field = [row], [], []
                line, col = line + 1, 0
                state = "start"
            else:
                field.append(ch)
                state = "field"
        elif state == "quoted":
            if ch == '"':
                state = "after_quote"
            else:
                field.append(ch)
        elif state == "after_quote":
            if ch == '"':
                field.append('"')
                state = "quoted"
            elif ch in ",\n":
                state = "field"
                row.append("".join(field))
                field = []
                if ch == "\n":
                    rows, row = [row], []
                    line, col = line + 1, 0
                state = "start"
            else:
                raise ParseError(f"unexpected {ch!r} after closing quote", line, col)
def parse(text):
    p = csv_parser()
    next(p)
    out = []
    for ch in text:
        out.extend(p.send(ch))
    try:
        p.send(None)
    except StopIteration:
        pass
    return out
def parse_all(text):
    p = csv_parser()
    next(p)
    out = []
    for ch in list(text) + [None]:
        try:
            out.extend(p.send(ch))
        except StopIteration:
            break
    return out
print(parse('a,b,c\n1,"two, with comma",3\n"say ""hi""",,end\n'))
print(parse_all("x,y\nlast,row"))
for bad in ('a,"open\n', 'a,"q"x,b\n'):
    try:
        parse_all(bad)
    except ParseError as e:
        print(type(e).__name__, e)
