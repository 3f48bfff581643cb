# json.JSONEncoder / JSONDecoder: subclassing default(), cls= in dumps/loads, raw_decode,
# parse_constant for NaN/Infinity.
import json


class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return sorted(o)
        if isinstance(o, complex):
            return [o.real, o.imag]
        return super().default(o)


print(json.dumps({'s': {3, 1}, 'c': 1 + 2j}, cls=Enc))
print(json.dumps([1, {'a': 2}], cls=Enc, indent=2, sort_keys=True))
print(Enc(separators=(',', ':')).encode({'k': [1, 2]}), ''.join(Enc().iterencode([None])))
try:
    json.dumps(object(), cls=Enc)
except TypeError as e:
    print(e)
e = json.JSONEncoder(default=str, sort_keys=True)
print(e.encode({'b': object.__name__, 'a': 1}), e.item_separator, repr(json.JSONEncoder(indent=2).item_separator))


class Dec(json.JSONDecoder):
    def __init__(self, **kw):
        super().__init__(object_hook=self.hook, **kw)

    def hook(self, d):
        return {k.upper(): v for k, v in d.items()}


print(json.loads('{"a": {"b": 1}}', cls=Dec), Dec().decode('[{"x": null}]'))
d = json.JSONDecoder()
print(d.raw_decode('{"a": 1} trailing'), d.raw_decode('[1, 2]xyz'), d.raw_decode('x 5', 2))
try:
    d.decode('[1] x')
except json.JSONDecodeError as e:
    print(e)
print(json.loads('[NaN, Infinity, -Infinity, 1.5]', parse_constant=lambda c: 'const:' + c,
                 parse_float=lambda f: 'float:' + f))
