# assert with and without messages; pass in every block.
assert True
assert 1 == 1, "fine"
try:
    assert 1 == 2
except AssertionError as e:
    print("AssertionError", repr(e.args))
try:
    assert False, "custom message"
except AssertionError as e:
    print("AssertionError", e)
try:
    assert [], ("tuple", 1)
except AssertionError as e:
    print(e.args)
def f():
    pass
print(f())
for i in range(3):
    pass
print(i)
if True:
    pass
else:
    pass
while False:
    pass
print("done")
