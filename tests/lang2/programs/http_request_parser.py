# Parsing raw HTTP-like requests from bytes: memoryview slicing, bytes methods, custom errors, match on the request line.
class BadRequest(ValueError):
    def __init__(self, reason, offset):
        super().__init__(f"{reason} (at byte {offset})")
        self.reason, self.offset = reason, offset
class Request:
    def __init__(self, method, path, version, headers, body):
        self.method, self.path, self.version = method, path, version
        self.headers, self.body = headers, body
    def __repr__(self):
        return f"<{self.method} {self.path} {self.version} headers={len(self.headers)} body={len(self.body)}B>"
def parse(raw):
    view = memoryview(raw)
    end = raw.find(b"\r\n\r\n")
    if end < 0:
        raise BadRequest("incomplete headers", len(raw))
    head = bytes(view[:end]).decode("ascii")
    lines = head.split("\r\n")
    match lines[0].split(" "):
        case [("GET" | "POST" | "PUT" | "DELETE") as method, path, ("HTTP/1.0" | "HTTP/1.1") as version] if path.startswith("/"):
            pass
        case [method, *_] if method not in ("GET", "POST", "PUT", "DELETE"):
            raise BadRequest(f"unknown method {method!r}", 0)
        case _:
            raise BadRequest(f"malformed request line {lines[0]!r}", 0)
    headers = {}
    offset = len(lines[0]) + 2
    for line in lines[1:]:
        name, sep, value = line.partition(":")
        if not sep:
            raise BadRequest(f"bad header {line!r}", offset)
        headers[name.strip().lower()] = value.strip()
        offset += len(line) + 2
    length = int(headers.get("content-length", "0"))
    body = view[end + 4:end + 4 + length]
    if len(body) < length:
        raise BadRequest(f"body shorter than {length}", end + 4 + len(body))
    return Request(method, path, version, headers, bytes(body))
samples = [
    b"GET /index.html HTTP/1.1\r\nHost: example\r\nAccept: */*\r\n\r\n",
    b"POST /api HTTP/1.0\r\nContent-Length: 11\r\nContent-Type: text/plain\r\n\r\nhello world and more",
    b"BREW /pot HTTP/1.1\r\n\r\n",
    b"GET index HTTP/1.1\r\n\r\n",
    b"GET / HTTP/1.1\r\nno-colon-here\r\n\r\n",
    b"POST /x HTTP/1.1\r\nContent-Length: 50\r\n\r\nshort",
    b"GET / HTTP/1.1\r\nHost: x",
]
for raw in samples:
    try:
        r = parse(raw)
        print(r, r.headers, r.body)
    except BadRequest as e:
        print(type(e).__name__, e, isinstance(e, ValueError))
