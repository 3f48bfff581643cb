# `collections.abc` is reachable from a plain `import collections`, and the ABCs answer
# isinstance for dict views and reversible dicts (dict.__reversed__ exists since 3.8).
import collections

print(isinstance({}, collections.abc.Mapping), issubclass(list, collections.abc.MutableSequence))
print(isinstance({}, collections.abc.Reversible), isinstance({}.values(), collections.abc.Reversible))
d = {'a': 1, 'b': 2}
print(list(d.__reversed__()), list(d.keys().__reversed__()), list(d.items().__reversed__()),
      list(d.values().__reversed__()))
try:
    collections.nope
except AttributeError as e:
    print(e)
