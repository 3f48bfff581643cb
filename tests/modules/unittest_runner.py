# unittest: loading a TestCase, a TextTestRunner result, test ids and reprs, main(exit=False).
import unittest
class T(unittest.TestCase):
    def test_a(self): pass
suite = unittest.TestLoader().loadTestsFromTestCase(T)
r = unittest.TextTestRunner(verbosity=0).run(suite)
print(r.testsRun, r.wasSuccessful(), len(r.failures))
s = unittest.TestSuite(); s.addTest(T('test_a')); print(s.countTestCases())
print(T('test_a'), repr(T('test_a')), T('test_a').id())
unittest.main(exit=False, verbosity=2)
print('after main')
