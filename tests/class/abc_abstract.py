# abc: __abstractmethods__, abstract properties/static/class methods, register, __subclasshook__.
from abc import ABC, ABCMeta, abstractmethod
class Shape(ABC):
    @property
    @abstractmethod
    def name(self):
        ...
    @abstractmethod
    def area(self):
        ...
    def describe(self):
        return f"{self.name}: {self.area()}"
print(sorted(Shape.__abstractmethods__), type(Shape.__abstractmethods__).__name__)
for cls in (Shape,):
    try:
        cls()
    except TypeError as e:
        print(e)
class Half(Shape):
    def area(self):
        return 1
try:
    Half()
except TypeError as e:
    print(e)
class Square(Half):
    name = "square"
print(Square().describe(), Square.__abstractmethods__, isinstance(Square(), Shape))
class Tool(metaclass=ABCMeta):
    @staticmethod
    @abstractmethod
    def make():
        ...
    @classmethod
    @abstractmethod
    def build(cls):
        ...
try:
    Tool()
except TypeError as e:
    print(e)
class Sized2(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if hasattr(C, "__len__"):
            return True
        return NotImplemented
print(isinstance([], Sized2), isinstance(3, Sized2), issubclass(str, Sized2))
class Registry(ABC):
    pass
class Legacy:
    pass
print(Registry.register(Legacy) is Legacy, isinstance(Legacy(), Registry), issubclass(Legacy, Registry))
Registry.register(int)
print(isinstance(True, Registry), isinstance("s", Registry))
try:
    Registry.register(5)
except TypeError as e:
    print(e)
