# __class__ inside methods, obj.__class__, assigning __class__, __qualname__ and __module__.
class Animal:
    def whoami(self):
        return __class__.__name__, self.__class__.__name__
    def speak(self):
        return "..."
class Dog(Animal):
    def speak(self):
        return "woof"
    def parent_name(self):
        return __class__.__mro__[1].__name__
class Cat(Animal):
    def speak(self):
        return "meow"
d = Dog()
print(d.whoami(), d.parent_name())
print(d.__class__ is Dog, type(d) is Dog)
d.__class__ = Cat
print(d.speak(), type(d).__name__, isinstance(d, Cat))
class Outer:
    class Inner:
        def f(self):
            pass
print(Outer.Inner.__qualname__, Outer.Inner.f.__qualname__, Outer.Inner.__name__)
print(Dog.__module__, Dog.speak.__name__)
def make():
    class Local:
        pass
    return Local
print(make().__qualname__)
try:
    d.__class__ = 5
except TypeError as e:
    print(type(e).__name__)
print(type(type), type(int).__name__, type(Dog).__name__)
