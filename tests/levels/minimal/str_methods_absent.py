# The minimal level leaves out the str and bytes methods MicroPython's small ports lack (the
# `str-extras` feature, with MicroPython's MICROPY_PY_BUILTINS_STR_CENTER, _PARTITION and
# _SPLITLINES; MicroPython has no ljust, rjust or zfill at all: str.format pads) and the UTF-16/32 codecs (`wide-codecs`): a missing method is an
# ordinary AttributeError, and the methods that stay work as in CPython.


def attempt(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)


absent = ["capitalize", "casefold", "swapcase", "title", "istitle", "expandtabs", "translate",
          "maketrans", "format_map", "isidentifier", "isprintable", "removeprefix",
          "removesuffix", "center", "ljust", "rjust", "zfill", "partition", "rpartition",
          "splitlines"]
for name in absent:
    print("str", name, hasattr("", name), "bytes", name, hasattr(b"", name))
print("bytes hex", hasattr(b"", "hex"), "fromhex", hasattr(bytes, "fromhex"))
attempt("'ab'.title()", lambda: "ab".title())
attempt("b'ab'.hex()", lambda: b"ab".hex())
attempt("bytes.fromhex('00')", lambda: bytes.fromhex("00"))

# What stays: searching, splitting, stripping, padding, case and classes (ASCII only).
s = "  Hello, World  "
attempt("split", lambda: s.split())
attempt("find", lambda: (s.find("o"), s.rfind("o"), s.count("l"), s.index("W")))
attempt("strip", lambda: (s.strip(), s.lstrip(), s.rstrip(" d")))
attempt("replace", lambda: s.replace("l", "L", 2))
attempt("'a,b'.partition(',')", lambda: "a,b".partition(","))
attempt("b'a'.splitlines()", lambda: b"a".splitlines())
attempt("pad", lambda: ("{:<4}|{:*>4}|{:04}".format("ab", "ab", -5), "{:<3}|{:3d}".format("x", 7)))
attempt("case", lambda: (s.upper(), s.lower(), "aB1".isalnum(), "ab".islower()))
attempt("bytes", lambda: (b"a,b".split(b","), b" x ".strip(), b"ab".upper()))
attempt("startswith", lambda: ("héllo".startswith(("x", "hé")), "héllo".endswith("lo", 1, 9)))

# Codecs: utf-8, ascii and latin-1 only.
attempt("encode utf-8", lambda: "é€".encode())
attempt("encode latin-1", lambda: "é".encode("latin-1"))
attempt("decode ascii", lambda: b"abc".decode("ascii"))
attempt("encode utf-16", lambda: "a".encode("utf-16"))
attempt("decode utf-32-le", lambda: b"a\0\0\0".decode("utf-32-le"))
