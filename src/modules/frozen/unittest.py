# SPDX-License-Identifier: MIT
# unittest: TestCase with the assert methods, subTest, skips and expected failures, setUp/
# tearDown (and their class forms), cleanups, TestSuite, TestLoader, TextTestRunner and main(),
# writing CPython's report to stderr and exiting 1 on failure. No mock, no discovery of other
# files; assertion messages are CPython's for the common cases, without its long diffs.

import sys

__all__ = ["TestCase", "TestSuite", "TestLoader", "TextTestRunner", "TestResult", "main",
           "skip", "skipIf", "skipUnless", "expectedFailure", "SkipTest", "FunctionTestCase",
           "defaultTestLoader", "TextTestResult"]


class SkipTest(Exception):
    pass


class _ExpectedFailure(Exception):
    pass


def skip(reason):
    def decorator(item):
        item.__unittest_skip__ = True
        item.__unittest_skip_why__ = reason
        return item
    if isinstance(reason, type(skip)):
        item, reason = reason, ""
        return decorator(item)
    return decorator


def skipIf(condition, reason):
    return skip(reason) if condition else (lambda item: item)


def skipUnless(condition, reason):
    return skip(reason) if not condition else (lambda item: item)


def expectedFailure(test_item):
    test_item.__unittest_expecting_failure__ = True
    return test_item


def _safe_repr(obj, short=False):
    try:
        result = repr(obj)
    except Exception:
        result = object.__repr__(obj)
    if not short or len(result) < 80:
        return result
    return result[:80] + " [truncated]..."


class _AssertRaisesContext:
    def __init__(self, expected, test_case, regex=None, msg=None):
        self.expected = expected
        self.test_case = test_case
        self.regex = regex
        self.msg = msg
        self.exception = None

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, tb):
        if exc_type is None:
            name = getattr(self.expected, "__name__", str(self.expected))
            self.test_case._raise_failure("%s not raised" % name, self.msg)
        if not issubclass(exc_type, self.expected):
            return False
        self.exception = exc_value.with_traceback(None)
        if self.regex is not None:
            import re
            pattern = self.regex if hasattr(self.regex, "search") else re.compile(self.regex)
            if not pattern.search(str(exc_value)):
                self.test_case._raise_failure('"%s" does not match "%s"'
                                              % (pattern.pattern, str(exc_value)), self.msg)
        return True


class _SubTest:
    def __init__(self, test_case, message, params):
        self.test_case = test_case
        self.message = message
        self.params = params

    def _description(self):
        parts = []
        if self.message is not None:
            parts.append("[%s]" % self.message)
        if self.params:
            parts.append("(%s)" % ", ".join("%s=%r" % kv for kv in self.params.items()))
        return " ".join(parts) or "(<subtest>)"

    def id(self):
        return "%s %s" % (self.test_case.id(), self._description())

    def __str__(self):
        return "%s %s" % (self.test_case, self._description())


class TestCase:
    failureException = AssertionError
    longMessage = True
    maxDiff = 80 * 8
    _class_cleanups = []

    def __init__(self, methodName="runTest"):
        self._testMethodName = methodName
        self._cleanups = []
        self._outcome = None
        if methodName != "runTest" and not hasattr(self, methodName):
            raise ValueError("no such test method in %s: %s" % (self.__class__, methodName))

    def setUp(self):
        pass

    def tearDown(self):
        pass

    @classmethod
    def setUpClass(cls):
        pass

    @classmethod
    def tearDownClass(cls):
        pass

    def addCleanup(self, function, /, *args, **kwargs):
        self._cleanups.append((function, args, kwargs))

    def doCleanups(self):
        while self._cleanups:
            function, args, kwargs = self._cleanups.pop()
            function(*args, **kwargs)

    def countTestCases(self):
        return 1

    def id(self):
        return "%s.%s.%s" % (self.__class__.__module__, self.__class__.__qualname__,
                             self._testMethodName)

    def __str__(self):
        return "%s (%s.%s.%s)" % (self._testMethodName, self.__class__.__module__,
                                  self.__class__.__qualname__, self._testMethodName)

    def __repr__(self):
        return "<%s.%s testMethod=%s>" % (self.__class__.__module__, self.__class__.__qualname__,
                                          self._testMethodName)

    def shortDescription(self):
        doc = getattr(self, self._testMethodName).__doc__
        return doc.strip().split("\n")[0].strip() if doc else None

    def skipTest(self, reason):
        raise SkipTest(reason)

    def subTest(self, msg=None, **params):
        return _SubTestContext(self, msg, params)

    def __call__(self, *args, **kwds):
        return self.run(*args, **kwds)

    def run(self, result=None):
        if result is None:
            result = TestResult()
        result.startTest(self)
        method = getattr(self, self._testMethodName)
        try:
            if getattr(self.__class__, "__unittest_skip__", False) or \
                    getattr(method, "__unittest_skip__", False):
                why = getattr(self.__class__, "__unittest_skip_why__", "") or \
                    getattr(method, "__unittest_skip_why__", "")
                result.addSkip(self, why)
                return result
            expecting = getattr(method, "__unittest_expecting_failure__", False)
            self._outcome = result
            self._subtest_failed = False
            if self._call(result, self.setUp, self):
                ok = self._call(result, method, self, expecting)
                ok = self._call(result, self.tearDown, self) and ok
                if ok and not self._subtest_failed:
                    if expecting:
                        result.addUnexpectedSuccess(self)
                    else:
                        result.addSuccess(self)
            while self._cleanups:
                function, args, kwargs = self._cleanups.pop()
                self._call(result, lambda: function(*args, **kwargs), self)
        finally:
            self._outcome = None
            result.stopTest(self)
        return result

    def _call(self, result, function, test, expecting=False):
        try:
            function()
        except SkipTest as e:
            result.addSkip(test, str(e))
            return False
        except KeyboardInterrupt:
            raise
        except self.failureException as e:
            if expecting:
                result.addExpectedFailure(test, (type(e), e, e.__traceback__))
            else:
                result.addFailure(test, (type(e), e, e.__traceback__))
            return False
        except Exception as e:
            if expecting:
                result.addExpectedFailure(test, (type(e), e, e.__traceback__))
            else:
                result.addError(test, (type(e), e, e.__traceback__))
            return False
        return True

    def debug(self):
        self.setUp()
        getattr(self, self._testMethodName)()
        self.tearDown()
        self.doCleanups()

    # -- assertions --

    def _raise_failure(self, standard, msg):
        raise self.failureException(self._formatMessage(msg, standard))

    def _formatMessage(self, msg, standard):
        if msg is None:
            return standard
        if not self.longMessage:
            return msg
        return "%s : %s" % (standard, msg)

    def fail(self, msg=None):
        raise self.failureException(msg)

    def assertTrue(self, expr, msg=None):
        if not expr:
            self._raise_failure("%s is not true" % _safe_repr(expr), msg)

    def assertFalse(self, expr, msg=None):
        if expr:
            self._raise_failure("%s is not false" % _safe_repr(expr), msg)

    def assertEqual(self, first, second, msg=None):
        if not first == second:
            standard = "%s != %s" % (_safe_repr(first, True), _safe_repr(second, True))
            if isinstance(first, str) and isinstance(second, str) and \
                    ("\n" in first or "\n" in second):
                standard = "%r != %r" % (first, second)
            self._raise_failure(standard, msg)

    def assertNotEqual(self, first, second, msg=None):
        if not first != second:
            self._raise_failure("%s == %s" % (_safe_repr(first), _safe_repr(second)), msg)

    assertListEqual = assertTupleEqual = assertDictEqual = assertSetEqual = assertEqual
    assertSequenceEqual = assertMultiLineEqual = assertEqual

    def assertAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        if first == second:
            return
        if delta is not None and places is not None:
            raise TypeError("specify delta or places not both")
        diff = abs(first - second)
        if delta is not None:
            if diff <= delta:
                return
            standard = "%s != %s within %s delta (%s difference)" % (
                _safe_repr(first), _safe_repr(second), _safe_repr(delta), _safe_repr(diff))
        else:
            if places is None:
                places = 7
            if round(diff, places) == 0:
                return
            standard = "%s != %s within %r places (%s difference)" % (
                _safe_repr(first), _safe_repr(second), places, _safe_repr(diff))
        self._raise_failure(standard, msg)

    def assertNotAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        if delta is not None and places is not None:
            raise TypeError("specify delta or places not both")
        diff = abs(first - second)
        if delta is not None:
            if not (first == second) and diff > delta:
                return
            standard = "%s == %s within %s delta (%s difference)" % (
                _safe_repr(first), _safe_repr(second), _safe_repr(delta), _safe_repr(diff))
        else:
            if places is None:
                places = 7
            if not (first == second) and round(diff, places) != 0:
                return
            standard = "%s == %s within %r places" % (_safe_repr(first), _safe_repr(second),
                                                      places)
        self._raise_failure(standard, msg)

    def assertIs(self, expr1, expr2, msg=None):
        if expr1 is not expr2:
            self._raise_failure("%s is not %s" % (_safe_repr(expr1), _safe_repr(expr2)), msg)

    def assertIsNot(self, expr1, expr2, msg=None):
        if expr1 is expr2:
            self._raise_failure("unexpectedly identical: %s" % _safe_repr(expr1), msg)

    def assertIsNone(self, obj, msg=None):
        if obj is not None:
            self._raise_failure("%s is not None" % _safe_repr(obj), msg)

    def assertIsNotNone(self, obj, msg=None):
        if obj is None:
            self._raise_failure("unexpectedly None", msg)

    def assertIn(self, member, container, msg=None):
        if member not in container:
            self._raise_failure("%s not found in %s" % (_safe_repr(member),
                                                        _safe_repr(container)), msg)

    def assertNotIn(self, member, container, msg=None):
        if member in container:
            self._raise_failure("%s unexpectedly found in %s" % (_safe_repr(member),
                                                                 _safe_repr(container)), msg)

    def assertIsInstance(self, obj, cls, msg=None):
        if not isinstance(obj, cls):
            self._raise_failure("%s is not an instance of %r" % (_safe_repr(obj), cls), msg)

    def assertNotIsInstance(self, obj, cls, msg=None):
        if isinstance(obj, cls):
            self._raise_failure("%s is an instance of %r" % (_safe_repr(obj), cls), msg)

    def assertGreater(self, a, b, msg=None):
        if not a > b:
            self._raise_failure("%s not greater than %s" % (_safe_repr(a), _safe_repr(b)), msg)

    def assertGreaterEqual(self, a, b, msg=None):
        if not a >= b:
            self._raise_failure("%s not greater than or equal to %s"
                                % (_safe_repr(a), _safe_repr(b)), msg)

    def assertLess(self, a, b, msg=None):
        if not a < b:
            self._raise_failure("%s not less than %s" % (_safe_repr(a), _safe_repr(b)), msg)

    def assertLessEqual(self, a, b, msg=None):
        if not a <= b:
            self._raise_failure("%s not less than or equal to %s"
                                % (_safe_repr(a), _safe_repr(b)), msg)

    def assertCountEqual(self, first, second, msg=None):
        first, second = list(first), list(second)
        missing = list(second)
        unexpected = []
        for x in first:
            if x in missing:
                missing.remove(x)
            else:
                unexpected.append(x)
        if missing or unexpected:
            self._raise_failure("Element counts were not equal", msg)

    def assertRegex(self, text, expected_regex, msg=None):
        import re
        if isinstance(expected_regex, (str, bytes)):
            expected_regex = re.compile(expected_regex)
        if not expected_regex.search(text):
            self._raise_failure("Regex didn't match: %r not found in %r"
                                % (expected_regex.pattern, text), msg)

    def assertNotRegex(self, text, unexpected_regex, msg=None):
        import re
        if isinstance(unexpected_regex, (str, bytes)):
            unexpected_regex = re.compile(unexpected_regex)
        match = unexpected_regex.search(text)
        if match:
            self._raise_failure("Regex matched: %r matches %r in %r"
                                % (text[match.start():match.end()], unexpected_regex.pattern,
                                   text), msg)

    def assertRaises(self, expected_exception, *args, **kwargs):
        context = _AssertRaisesContext(expected_exception, self, msg=kwargs.pop("msg", None))
        if not args:
            return context
        callable_obj, args = args[0], args[1:]
        with context:
            callable_obj(*args, **kwargs)

    def assertRaisesRegex(self, expected_exception, expected_regex, *args, **kwargs):
        context = _AssertRaisesContext(expected_exception, self, expected_regex,
                                       kwargs.pop("msg", None))
        if not args:
            return context
        callable_obj, args = args[0], args[1:]
        with context:
            callable_obj(*args, **kwargs)

    def assertWarns(self, expected_warning, *args, **kwargs):
        return _NullContext() if not args else args[0](*args[1:], **kwargs)


class _NullContext:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


class _SubTestContext:
    def __init__(self, test_case, msg, params):
        self.test_case = test_case
        self.msg = msg
        self.params = params

    def __enter__(self):
        return None

    def __exit__(self, exc_type, exc_value, tb):
        if exc_type is None:
            return False
        result = self.test_case._outcome
        if result is None or issubclass(exc_type, (KeyboardInterrupt, SkipTest)):
            return False
        sub = _SubTest(self.test_case, self.msg, self.params)
        if issubclass(exc_type, self.test_case.failureException):
            result.addFailure(sub, (exc_type, exc_value, tb))
        else:
            result.addError(sub, (exc_type, exc_value, tb))
        self.test_case._subtest_failed = True
        return True


class FunctionTestCase(TestCase):
    def __init__(self, testFunc, setUp=None, tearDown=None, description=None):
        super().__init__()
        self._testFunc = testFunc
        self._setUpFunc = setUp
        self._tearDownFunc = tearDown
        self._description = description

    def setUp(self):
        if self._setUpFunc is not None:
            self._setUpFunc()

    def tearDown(self):
        if self._tearDownFunc is not None:
            self._tearDownFunc()

    def runTest(self):
        self._testFunc()

    def id(self):
        return self._testFunc.__name__

    def __str__(self):
        return "%s (%s)" % (self.__class__.__name__, self._testFunc.__name__)


class TestSuite:
    def __init__(self, tests=()):
        self._tests = []
        self.addTests(tests)

    def __iter__(self):
        return iter(self._tests)

    def countTestCases(self):
        return sum(t.countTestCases() for t in self._tests)

    def addTest(self, test):
        self._tests.append(test)

    def addTests(self, tests):
        if isinstance(tests, str):
            raise TypeError("tests must be an iterable of tests, not a string")
        for test in tests:
            self.addTest(test)

    def __call__(self, result):
        return self.run(result)

    def run(self, result):
        classes_set_up = []
        for test in _flatten(self):
            cls = test.__class__
            if cls not in classes_set_up:
                if classes_set_up:
                    _class_teardown(classes_set_up[-1], result)
                classes_set_up.append(cls)
                cls._class_failed = False
                if not getattr(cls, "__unittest_skip__", False):
                    try:
                        cls.setUpClass()
                    except Exception as e:
                        cls._class_failed = True
                        result.addError(_ErrorHolder("setUpClass (%s.%s)"
                                                     % (cls.__module__, cls.__qualname__)),
                                        (type(e), e, e.__traceback__))
            if cls._class_failed:
                continue
            if result.shouldStop:
                break
            test(result)
        if classes_set_up:
            _class_teardown(classes_set_up[-1], result)
        return result


def _class_teardown(cls, result):
    if getattr(cls, "_class_failed", False) or getattr(cls, "__unittest_skip__", False):
        return
    try:
        cls.tearDownClass()
    except Exception as e:
        result.addError(_ErrorHolder("tearDownClass (%s.%s)" % (cls.__module__, cls.__qualname__)),
                        (type(e), e, e.__traceback__))


def _flatten(suite):
    for t in suite:
        if isinstance(t, TestSuite):
            yield from _flatten(t)
        else:
            yield t


class _ErrorHolder:
    def __init__(self, description):
        self.description = description

    def id(self):
        return self.description

    def __str__(self):
        return self.description


class TestLoader:
    testMethodPrefix = "test"
    sortTestMethodsUsing = None

    def getTestCaseNames(self, testCaseClass):
        names = [n for n in dir(testCaseClass)
                 if n.startswith(self.testMethodPrefix) and callable(getattr(testCaseClass, n))]
        return sorted(names)

    def loadTestsFromTestCase(self, testCaseClass):
        if issubclass(testCaseClass, TestSuite):
            raise TypeError("Test cases should not be derived from TestSuite.")
        names = self.getTestCaseNames(testCaseClass)
        if not names and hasattr(testCaseClass, "runTest"):
            names = ["runTest"]
        return TestSuite([testCaseClass(n) for n in names])

    def loadTestsFromModule(self, module, *, pattern=None):
        tests = []
        for name in dir(module):
            obj = getattr(module, name)
            if isinstance(obj, type) and issubclass(obj, TestCase) and obj is not TestCase \
                    and obj is not FunctionTestCase:
                tests.append(self.loadTestsFromTestCase(obj))
        load_tests = getattr(module, "load_tests", None)
        suite = TestSuite(tests)
        if load_tests is not None:
            return load_tests(self, suite, pattern)
        return suite

    def loadTestsFromName(self, name, module=None):
        parts = name.split(".")
        obj = module if module is not None else sys.modules[parts.pop(0)]
        parent = None
        for part in parts:
            parent, obj = obj, getattr(obj, part)
        if isinstance(obj, type) and issubclass(obj, TestCase):
            return self.loadTestsFromTestCase(obj)
        if isinstance(parent, type) and issubclass(parent, TestCase):
            return TestSuite([parent(parts[-1])])
        if isinstance(obj, TestSuite):
            return obj
        return self.loadTestsFromModule(obj)

    def loadTestsFromNames(self, names, module=None):
        return TestSuite([self.loadTestsFromName(n, module) for n in names])


defaultTestLoader = TestLoader()


class TestResult:
    def __init__(self, stream=None, descriptions=None, verbosity=None):
        self.failures = []
        self.errors = []
        self.skipped = []
        self.expectedFailures = []
        self.unexpectedSuccesses = []
        self.testsRun = 0
        self.shouldStop = False

    def startTest(self, test):
        self.testsRun += 1

    def stopTest(self, test):
        pass

    def startTestRun(self):
        pass

    def stopTestRun(self):
        pass

    def _exc_info_to_string(self, err, test):
        import traceback
        exctype, value, tb = err
        # Skip the frames of this module, as CPython does.
        while tb is not None and tb.tb_frame.f_globals.get("__name__") == __name__:
            tb = tb.tb_next
        return "".join(traceback.format_exception(exctype, value, tb))

    def addError(self, test, err):
        self.errors.append((test, self._exc_info_to_string(err, test)))

    def addFailure(self, test, err):
        self.failures.append((test, self._exc_info_to_string(err, test)))

    def addSuccess(self, test):
        pass

    def addSkip(self, test, reason):
        self.skipped.append((test, reason))

    def addExpectedFailure(self, test, err):
        self.expectedFailures.append((test, self._exc_info_to_string(err, test)))

    def addUnexpectedSuccess(self, test):
        self.unexpectedSuccesses.append(test)

    def wasSuccessful(self):
        return (len(self.failures) == len(self.errors) == 0 and
                not self.unexpectedSuccesses)

    def stop(self):
        self.shouldStop = True


class TextTestResult(TestResult):
    separator1 = "=" * 70
    separator2 = "-" * 70

    def __init__(self, stream, descriptions, verbosity):
        super().__init__(stream, descriptions, verbosity)
        self.stream = stream
        self.showAll = verbosity > 1
        self.dots = verbosity == 1
        self.descriptions = descriptions

    def getDescription(self, test):
        doc = test.shortDescription() if self.descriptions and hasattr(test, "shortDescription") \
            else None
        if doc:
            return "\n".join((str(test), doc))
        return str(test)

    def startTest(self, test):
        super().startTest(test)
        if self.showAll:
            self.stream.write(self.getDescription(test))
            self.stream.write(" ... ")
            self.stream.flush()

    def _report(self, long, short):
        if self.showAll:
            self.stream.write(long + "\n")
        elif self.dots:
            self.stream.write(short)
        self.stream.flush()

    def addSuccess(self, test):
        super().addSuccess(test)
        self._report("ok", ".")

    def addError(self, test, err):
        super().addError(test, err)
        self._report("ERROR", "E")

    def addFailure(self, test, err):
        super().addFailure(test, err)
        self._report("FAIL", "F")

    def addSkip(self, test, reason):
        super().addSkip(test, reason)
        self._report("skipped %r" % (reason,), "s")

    def addExpectedFailure(self, test, err):
        super().addExpectedFailure(test, err)
        self._report("expected failure", "x")

    def addUnexpectedSuccess(self, test):
        super().addUnexpectedSuccess(test)
        self._report("unexpected success", "u")

    def printErrors(self):
        if self.dots or self.showAll:
            self.stream.write("\n")
            self.stream.flush()
        self.printErrorList("ERROR", self.errors)
        self.printErrorList("FAIL", self.failures)
        for test in self.unexpectedSuccesses:
            self.stream.write(self.separator1 + "\n")
            self.stream.write("UNEXPECTED SUCCESS: %s\n" % self.getDescription(test))

    def printErrorList(self, flavour, errors):
        for test, err in errors:
            self.stream.write(self.separator1 + "\n")
            self.stream.write("%s: %s\n" % (flavour, self.getDescription(test)))
            self.stream.write(self.separator2 + "\n")
            self.stream.write("%s\n" % err)
            self.stream.flush()


class TextTestRunner:
    resultclass = TextTestResult

    def __init__(self, stream=None, descriptions=True, verbosity=1, failfast=False,
                 buffer=False, resultclass=None, warnings=None, *, tb_locals=False):
        self.stream = stream if stream is not None else sys.stderr
        self.descriptions = descriptions
        self.verbosity = verbosity
        self.failfast = failfast
        if resultclass is not None:
            self.resultclass = resultclass

    def run(self, test):
        result = self.resultclass(self.stream, self.descriptions, self.verbosity)
        if self.failfast:
            add_failure, add_error = result.addFailure, result.addError

            def failure(t, err):
                add_failure(t, err)
                result.stop()

            def error(t, err):
                add_error(t, err)
                result.stop()
            result.addFailure, result.addError = failure, error
        try:
            import time
            start = time.perf_counter()
        except ImportError:
            time, start = None, 0.0
        result.startTestRun()
        try:
            test(result)
        finally:
            result.stopTestRun()
        taken = time.perf_counter() - start if time is not None else 0.0
        result.printErrors()
        w = self.stream.write
        w(result.separator2 + "\n")
        run = result.testsRun
        w("Ran %d test%s in %.3fs\n" % (run, run != 1 and "s" or "", taken))
        w("\n")
        infos = []
        if not result.wasSuccessful():
            w("FAILED")
            if result.failures:
                infos.append("failures=%d" % len(result.failures))
            if result.errors:
                infos.append("errors=%d" % len(result.errors))
        elif run == 0 and not result.skipped:
            w("NO TESTS RAN")
        else:
            w("OK")
        if result.skipped:
            infos.append("skipped=%d" % len(result.skipped))
        if result.expectedFailures:
            infos.append("expected failures=%d" % len(result.expectedFailures))
        if result.unexpectedSuccesses:
            infos.append("unexpected successes=%d" % len(result.unexpectedSuccesses))
        if infos:
            w(" (%s)" % ", ".join(infos))
        w("\n")
        self.stream.flush()
        return result


class main:
    """Runs the tests of a module (by default `__main__`) and exits with 0 or 1."""

    def __init__(self, module="__main__", defaultTest=None, argv=None, testRunner=None,
                 testLoader=defaultTestLoader, exit=True, verbosity=1, failfast=None,
                 catchbreak=None, buffer=None, warnings=None, *, tb_locals=False):
        if isinstance(module, str):
            module = sys.modules[module]
        if argv is None:
            argv = sys.argv
        args = [a for a in argv[1:] if not a.startswith("-")]
        if "-v" in argv[1:] or "--verbose" in argv[1:]:
            verbosity = 2
        if "-q" in argv[1:] or "--quiet" in argv[1:]:
            verbosity = 0
        names = args or ([defaultTest] if isinstance(defaultTest, str) else defaultTest)
        if names:
            self.test = testLoader.loadTestsFromNames(names, module)
        else:
            self.test = testLoader.loadTestsFromModule(module)
        if testRunner is None:
            testRunner = TextTestRunner(verbosity=verbosity, failfast=bool(failfast))
        elif isinstance(testRunner, type):
            testRunner = testRunner(verbosity=verbosity)
        self.result = testRunner.run(self.test)
        if exit:
            sys.exit(not self.result.wasSuccessful())
