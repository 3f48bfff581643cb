# __doc__ is readable on classes, instances and exceptions (None without a docstring).
class A:
    "A doc"


class B:
    pass


class C(A):
    pass


class E(Exception):
    """Custom error."""


print(A.__doc__, A().__doc__, B.__doc__, B().__doc__, C.__doc__, E.__doc__, E('x').__doc__)
print(hasattr(object(), '__doc__'), hasattr(ValueError('x'), '__doc__'))
