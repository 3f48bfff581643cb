# warnings: warn() through the filters (always, error, default, ignore by message and
# category), catch_warnings(record=True), the default DeprecationWarning filters, formatwarning.
import warnings
def old():
    warnings.warn("old() is deprecated", DeprecationWarning, stacklevel=2)
    return 1
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    old(); warnings.warn("plain"); warnings.warn(RuntimeWarning("rt"))
    print(len(w), [str(x.message) for x in w], [x.category.__name__ for x in w], w[0].lineno, w[1].filename.endswith("warnings_basics.py"))
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("boom", UserWarning)
    except UserWarning as e:
        print('raised', e, type(e).__name__)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("default")
    for i in range(3): warnings.warn("same")
    print(len(w))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.filterwarnings("ignore", message="ign")
    warnings.warn("ignore me"); warnings.warn("IGNORE me too"); warnings.warn("keep me")
    warnings.filterwarnings("ignore", category=FutureWarning)
    warnings.warn("f", FutureWarning)
    print([str(x.message) for x in w])
with warnings.catch_warnings(record=True) as w:
    old()
    print(len(w))
try: warnings.simplefilter("bogus")
except AssertionError as e: print(e)
try: warnings.warn("x", int)
except TypeError as e: print(e)
print(warnings.formatwarning("msg", UserWarning, "f.py", 3, "code()"), end='')
warnings.warn("to stderr")
print('done')
