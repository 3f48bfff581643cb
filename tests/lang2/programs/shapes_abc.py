# Abstract base classes with abc: abstract methods and properties, registration, isinstance checks.
from abc import ABC, abstractmethod
class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @property
    @abstractmethod
    def name(self): ...
    def describe(self):
        return f"{self.name} with area {self.area():.2f}"
    def __lt__(self, other):
        return self.area() < other.area()
class Circle(Shape):
    def __init__(self, r):
        self.r = r
    def area(self):
        return 3.14159 * self.r ** 2
    @property
    def name(self):
        return "circle"
class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
    name = "rect"
class Half(Shape):
    def area(self):
        return 0
for cls in (Shape, Half):
    try:
        cls()
    except TypeError as e:
        print(type(e).__name__, e)
shapes = [Circle(1), Rect(2, 3), Circle(0.5)]
for s in sorted(shapes):
    print(s.describe())
print(max(shapes).name, isinstance(shapes[0], Shape), issubclass(Rect, ABC))
class Duck:
    def area(self):
        return 1
print(isinstance(Duck(), Shape))
Shape.register(Duck)
print(isinstance(Duck(), Shape), issubclass(Duck, Shape))
print(sorted(Shape.__abstractmethods__), sorted(Half.__abstractmethods__), Circle.__abstractmethods__)
