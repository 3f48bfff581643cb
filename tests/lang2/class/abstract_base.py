# Abstract-style base classes with NotImplementedError and template methods.
class Shape:
    def area(self):
        raise NotImplementedError(type(self).__name__ + ".area")
    def describe(self):
        return type(self).__name__ + " with area " + str(round(self.area(), 2))
class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
class Circle(Shape):
    def __init__(self, r):
        self.r = r
    def area(self):
        return 3.14159 * self.r ** 2
class Blob(Shape):
    pass
for s in (Rect(2, 3), Circle(1), Blob()):
    try:
        print(s.describe())
    except NotImplementedError as e:
        print("NotImplementedError", e)
print(sorted((Rect(1, 5), Circle(1), Rect(2, 1)), key=lambda s: s.area())[0].describe())
