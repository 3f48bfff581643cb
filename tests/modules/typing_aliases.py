# typing: subscripted aliases keep their arguments and print as CPython's.
from typing import Optional, Union, List, Dict, Tuple, Callable, Any, get_origin, get_args


class Node:
    pass


def f(a: Optional[int], b: Union[int, str], c: List[Node], d: Dict[str, List[int]],
      e: Callable[[int, str], bool], g: Callable[..., Any], h: Tuple[int, ...]) -> Optional[list[str]]:
    return None


for name, ann in f.__annotations__.items():
    print(name, ann)
print(Union[int, None] == Optional[int], Union[int, str] == Union[str, int])
print(Union[int], Union[int, Union[str, float]], Union[int, int, str])
print(get_origin(List[int]) is list, get_args(Dict[str, int]), get_origin(Optional[int]) is Union)
print(Tuple[()], hash(List[int]) == hash(List[int]))
try:
    Optional[int, str]
except TypeError as e:
    print("TypeError", e)
try:
    Union[()]
except TypeError as e:
    print("TypeError", e)
