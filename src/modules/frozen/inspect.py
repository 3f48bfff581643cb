# SPDX-License-Identifier: MIT
# inspect: the type predicates, getmembers, getdoc/cleandoc, and signature() with CPython's
# Signature and Parameter (their str forms, bind, replace), built from code objects. There is
# no source access (getsource), and builtins have no signatures (ValueError, as for CPython's
# builtins without a text signature).

import sys

__all__ = ["isclass", "ismodule", "isfunction", "ismethod", "isbuiltin", "isroutine",
           "isgenerator", "isgeneratorfunction", "iscoroutine", "iscoroutinefunction",
           "isasyncgen", "isasyncgenfunction", "isawaitable", "isabstract", "iscode",
           "isframe", "istraceback", "getmembers", "getdoc", "cleandoc", "getmro", "unwrap",
           "signature", "Signature", "Parameter", "BoundArguments", "currentframe",
           "getfullargspec", "FullArgSpec", "getmodule", "isdatadescriptor",
           "ismethoddescriptor"]


def _f():
    pass


async def _co():
    pass


class _C:
    def m(self):
        pass


_FunctionType = type(_f)
_MethodType = type(_C().m)
_BuiltinType = type(len)
_ModuleType = type(sys)
_CO_GENERATOR, _CO_COROUTINE, _CO_ASYNC_GENERATOR = 0x20, 0x80, 0x200
_CO_VARARGS, _CO_VARKEYWORDS = 0x4, 0x8


def isclass(obj):
    return isinstance(obj, type)


def ismodule(obj):
    return isinstance(obj, _ModuleType)


def isfunction(obj):
    return isinstance(obj, _FunctionType)


def ismethod(obj):
    return isinstance(obj, _MethodType)


def isbuiltin(obj):
    return isinstance(obj, _BuiltinType)


def isroutine(obj):
    return isbuiltin(obj) or isfunction(obj) or ismethod(obj) or ismethoddescriptor(obj)


def ismethoddescriptor(obj):
    if isclass(obj) or ismethod(obj) or isfunction(obj):
        return False
    tp = type(obj)
    return hasattr(tp, "__get__") and not hasattr(tp, "__set__")


def isdatadescriptor(obj):
    if isclass(obj) or ismethod(obj) or isfunction(obj):
        return False
    tp = type(obj)
    return hasattr(tp, "__set__") or hasattr(tp, "__delete__")


def _has_flag(f, flag):
    f = unwrap(f) if isfunction(f) else f
    while ismethod(f):
        f = f.__func__
    return isfunction(f) and bool(f.__code__.co_flags & flag)


def isgeneratorfunction(obj):
    return _has_flag(obj, _CO_GENERATOR)


def iscoroutinefunction(obj):
    return _has_flag(obj, _CO_COROUTINE)


def isasyncgenfunction(obj):
    return _has_flag(obj, _CO_ASYNC_GENERATOR)


def isgenerator(obj):
    return type(obj).__name__ == "generator"


def iscoroutine(obj):
    return type(obj).__name__ == "coroutine"


def isasyncgen(obj):
    return type(obj).__name__ == "async_generator"


def isawaitable(obj):
    return iscoroutine(obj) or hasattr(type(obj), "__await__")


def iscode(obj):
    return type(obj).__name__ == "code"


def isframe(obj):
    return type(obj).__name__ == "frame"


def istraceback(obj):
    return type(obj).__name__ == "traceback"


def isabstract(obj):
    return isinstance(obj, type) and bool(getattr(obj, "__abstractmethods__", False))


def getmro(cls):
    return cls.__mro__


def getmembers(obj, predicate=None):
    results = []
    for key in dir(obj):
        try:
            value = getattr(obj, key)
        except AttributeError:
            continue
        if predicate is None or predicate(value):
            results.append((key, value))
    results.sort(key=lambda kv: kv[0])
    return results


def getmodule(obj):
    if ismodule(obj):
        return obj
    return sys.modules.get(getattr(obj, "__module__", None))


def cleandoc(doc):
    lines = doc.expandtabs().split("\n")
    margin = None
    for line in lines[1:]:
        content = len(line.lstrip())
        if content:
            indent = len(line) - content
            margin = indent if margin is None else min(margin, indent)
    lines[0] = lines[0].lstrip()
    if margin is not None:
        for i in range(1, len(lines)):
            lines[i] = lines[i][margin:]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return "\n".join(lines)


def getdoc(obj):
    doc = getattr(obj, "__doc__", None)
    if doc is None and isinstance(obj, type):
        for base in obj.__mro__[1:]:
            if base is object:
                break
            doc = base.__doc__
            if doc is not None:
                break
    if not isinstance(doc, str):
        return None
    return cleandoc(doc)


def unwrap(func, *, stop=None):
    seen = {id(func)}
    while hasattr(func, "__wrapped__") and not (stop is not None and stop(func)):
        func = func.__wrapped__
        if id(func) in seen:
            raise ValueError("wrapper loop when unwrapping %r" % (func,))
        seen.add(id(func))
    return func


def currentframe():
    return sys._getframe(1)


class _empty:
    """Marker object for Signature.empty and Parameter.empty."""


class _ParameterKind(int):
    _names = ("POSITIONAL_ONLY", "POSITIONAL_OR_KEYWORD", "VAR_POSITIONAL", "KEYWORD_ONLY",
              "VAR_KEYWORD")
    _descriptions = ("positional-only", "positional or keyword", "variadic positional",
                     "keyword-only", "variadic keyword")

    @property
    def name(self):
        return self._names[self]

    @property
    def description(self):
        return self._descriptions[self]

    def __repr__(self):
        return "<_ParameterKind.%s: %d>" % (self.name, int(self))

    def __str__(self):
        return self.name


_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD, _VAR_POSITIONAL, _KEYWORD_ONLY, _VAR_KEYWORD = (
    _ParameterKind(i) for i in range(5))


def formatannotation(annotation):
    if isinstance(annotation, type):
        if annotation.__module__ == "builtins":
            return annotation.__qualname__
        return annotation.__module__ + "." + annotation.__qualname__
    return repr(annotation)


class Parameter:
    __slots__ = ("_name", "_kind", "_default", "_annotation")
    POSITIONAL_ONLY = _POSITIONAL_ONLY
    POSITIONAL_OR_KEYWORD = _POSITIONAL_OR_KEYWORD
    VAR_POSITIONAL = _VAR_POSITIONAL
    KEYWORD_ONLY = _KEYWORD_ONLY
    VAR_KEYWORD = _VAR_KEYWORD
    empty = _empty

    def __init__(self, name, kind, *, default=_empty, annotation=_empty):
        if kind not in range(5):
            raise ValueError("value %r is not a valid Parameter.kind" % (kind,))
        if default is not _empty and kind in (_VAR_POSITIONAL, _VAR_KEYWORD):
            raise ValueError("%s parameters cannot have default values"
                             % _ParameterKind(kind).description)
        if not isinstance(name, str):
            raise TypeError("name must be a str, not a %s" % type(name).__name__)
        if not name.isidentifier():
            raise ValueError("%r is not a valid parameter name" % name)
        self._name = name
        self._kind = _ParameterKind(kind)
        self._default = default
        self._annotation = annotation

    name = property(lambda self: self._name)
    kind = property(lambda self: self._kind)
    default = property(lambda self: self._default)
    annotation = property(lambda self: self._annotation)

    def replace(self, *, name=None, kind=None, default=_empty, annotation=_empty):
        return type(self)(self._name if name is None else name,
                          self._kind if kind is None else kind,
                          default=self._default if default is _empty else default,
                          annotation=self._annotation if annotation is _empty else annotation)

    def __str__(self):
        kind = self._kind
        formatted = self._name
        if self._annotation is not _empty:
            formatted = "%s: %s" % (formatted, formatannotation(self._annotation))
        if self._default is not _empty:
            if self._annotation is not _empty:
                formatted = "%s = %r" % (formatted, self._default)
            else:
                formatted = "%s=%r" % (formatted, self._default)
        if kind == _VAR_POSITIONAL:
            formatted = "*" + formatted
        elif kind == _VAR_KEYWORD:
            formatted = "**" + formatted
        return formatted

    def __repr__(self):
        return '<%s "%s">' % (type(self).__name__, self)

    def __eq__(self, other):
        if not isinstance(other, Parameter):
            return NotImplemented
        return (self._name == other._name and self._kind == other._kind
                and self._default == other._default and self._annotation == other._annotation)

    def __hash__(self):
        return hash((self._name, self._kind, self._annotation, self._default))


class BoundArguments:
    def __init__(self, signature, arguments):
        self.arguments = arguments
        self._signature = signature

    signature = property(lambda self: self._signature)

    @property
    def args(self):
        args = []
        for name, param in self._signature.parameters.items():
            if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                break
            try:
                arg = self.arguments[name]
            except KeyError:
                break
            if param.kind == _VAR_POSITIONAL:
                args.extend(arg)
            else:
                args.append(arg)
        return tuple(args)

    @property
    def kwargs(self):
        kwargs = {}
        started = False
        for name, param in self._signature.parameters.items():
            if not started:
                if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                    started = True
                elif name not in self.arguments:
                    started = True
                    continue
            if not started:
                continue
            try:
                arg = self.arguments[name]
            except KeyError:
                continue
            if param.kind == _VAR_KEYWORD:
                kwargs.update(arg)
            else:
                kwargs[name] = arg
        return kwargs

    def apply_defaults(self):
        arguments = self.arguments
        new = {}
        for name, param in self._signature.parameters.items():
            if name in arguments:
                new[name] = arguments[name]
            elif param.default is not _empty:
                new[name] = param.default
            elif param.kind == _VAR_POSITIONAL:
                new[name] = ()
            elif param.kind == _VAR_KEYWORD:
                new[name] = {}
        self.arguments = new

    def __repr__(self):
        return "<BoundArguments (%s)>" % ", ".join(
            "%s=%r" % kv for kv in self.arguments.items())

    def __eq__(self, other):
        if not isinstance(other, BoundArguments):
            return NotImplemented
        return self.signature == other.signature and self.arguments == other.arguments


class Signature:
    __slots__ = ("_parameters", "_return_annotation")
    empty = _empty

    def __init__(self, parameters=None, *, return_annotation=_empty):
        params = {}
        if parameters is not None:
            top = _POSITIONAL_ONLY
            seen_default = False
            for p in parameters:
                if p.kind < top:
                    raise ValueError("wrong parameter order: %s parameter before %s parameter"
                                     % (top.description, p.kind.description))
                top = p.kind
                if p.kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
                    if p.default is _empty:
                        if seen_default:
                            raise ValueError("non-default argument follows default argument")
                    else:
                        seen_default = True
                if p.name in params:
                    raise ValueError("duplicate parameter name: %r" % p.name)
                params[p.name] = p
        self._parameters = params
        self._return_annotation = return_annotation

    parameters = property(lambda self: dict(self._parameters))
    return_annotation = property(lambda self: self._return_annotation)

    @classmethod
    def from_callable(cls, obj, *, follow_wrapped=True):
        return signature(obj, follow_wrapped=follow_wrapped)

    def replace(self, *, parameters=None, return_annotation=_empty):
        if parameters is None:
            parameters = self._parameters.values()
        if return_annotation is _empty:
            return_annotation = self._return_annotation
        return type(self)(parameters, return_annotation=return_annotation)

    def __str__(self):
        result = []
        render_pos_only = False
        render_kw_only = True
        for p in self._parameters.values():
            kind = p.kind
            if kind == _POSITIONAL_ONLY:
                render_pos_only = True
            elif render_pos_only:
                result.append("/")
                render_pos_only = False
            if kind == _VAR_POSITIONAL:
                render_kw_only = False
            elif kind == _KEYWORD_ONLY and render_kw_only:
                result.append("*")
                render_kw_only = False
            result.append(str(p))
        if render_pos_only:
            result.append("/")
        rendered = "(%s)" % ", ".join(result)
        if self._return_annotation is not _empty:
            rendered += " -> %s" % formatannotation(self._return_annotation)
        return rendered

    def __repr__(self):
        return "<%s %s>" % (type(self).__name__, self)

    def __eq__(self, other):
        if not isinstance(other, Signature):
            return NotImplemented
        return (self._return_annotation == other._return_annotation
                and list(self._parameters.values()) == list(other._parameters.values()))

    def __hash__(self):
        return hash((tuple(self._parameters.values()), self._return_annotation))

    def _bind(self, args, kwargs, partial):
        arguments = {}
        params = list(self._parameters.values())
        i = 0
        args = list(args)
        kwargs = dict(kwargs)
        while i < len(params):
            p = params[i]
            if p.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                break
            if p.kind == _VAR_POSITIONAL:
                arguments[p.name] = tuple(args)
                args = []
                i += 1
                break
            if not args:
                break
            if p.name in kwargs and p.kind != _POSITIONAL_ONLY:
                raise TypeError("multiple values for argument %r" % p.name)
            arguments[p.name] = args.pop(0)
            i += 1
        if args:
            raise TypeError("too many positional arguments")
        kwargs_param = None
        for p in params[i:]:
            if p.kind == _VAR_KEYWORD:
                kwargs_param = p
                continue
            if p.kind == _VAR_POSITIONAL:
                continue
            if p.kind == _POSITIONAL_ONLY:
                if p.default is _empty and not partial:
                    raise TypeError("missing a required argument: %r" % p.name)
                continue
            if p.name in kwargs:
                arguments[p.name] = kwargs.pop(p.name)
            elif not partial and p.default is _empty:
                raise TypeError("missing a required argument: %r" % p.name)
        if kwargs:
            if kwargs_param is None:
                raise TypeError("got an unexpected keyword argument %r" % next(iter(kwargs)))
            arguments[kwargs_param.name] = kwargs
        return BoundArguments(self, arguments)

    def bind(self, /, *args, **kwargs):
        return self._bind(args, kwargs, False)

    def bind_partial(self, /, *args, **kwargs):
        return self._bind(args, kwargs, True)


def _function_signature(func, skip_first):
    code = func.__code__
    names = code.co_varnames
    npos = code.co_argcount
    nposonly = code.co_posonlyargcount
    nkw = code.co_kwonlyargcount
    annotations = getattr(func, "__annotations__", {}) or {}
    defaults = func.__defaults__ or ()
    kwdefaults = func.__kwdefaults__ or {}
    params = []
    first_default = npos - len(defaults)
    for i in range(npos):
        name = names[i]
        kind = _POSITIONAL_ONLY if i < nposonly else _POSITIONAL_OR_KEYWORD
        default = defaults[i - first_default] if i >= first_default else _empty
        params.append(Parameter(name, kind, default=default,
                                annotation=annotations.get(name, _empty)))
    n = npos + nkw
    if code.co_flags & _CO_VARARGS:
        name = names[n]
        params.append(Parameter(name, _VAR_POSITIONAL, annotation=annotations.get(name, _empty)))
    for i in range(npos, npos + nkw):
        name = names[i]
        params.append(Parameter(name, _KEYWORD_ONLY, default=kwdefaults.get(name, _empty),
                                annotation=annotations.get(name, _empty)))
    if code.co_flags & _CO_VARKEYWORDS:
        name = names[n + (1 if code.co_flags & _CO_VARARGS else 0)]
        params.append(Parameter(name, _VAR_KEYWORD, annotation=annotations.get(name, _empty)))
    if skip_first:
        if not params or params[0].kind in (_KEYWORD_ONLY, _VAR_KEYWORD):
            raise ValueError("invalid method signature")
        if params[0].kind != _VAR_POSITIONAL:
            params = params[1:]
    return Signature(params, return_annotation=annotations.get("return", _empty))


def signature(obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
    if not callable(obj):
        raise TypeError("%r is not a callable object" % (obj,))
    if ismethod(obj):
        sig = signature(obj.__func__, follow_wrapped=follow_wrapped)
        params = list(sig.parameters.values())
        if params and params[0].kind not in (_VAR_POSITIONAL, _KEYWORD_ONLY, _VAR_KEYWORD):
            params = params[1:]
        elif not params or params[0].kind != _VAR_POSITIONAL:
            raise ValueError("invalid method signature")
        return sig.replace(parameters=params)
    if follow_wrapped:
        obj = unwrap(obj, stop=lambda f: hasattr(f, "__signature__"))
    sig = getattr(obj, "__signature__", None)
    if sig is not None:
        if not isinstance(sig, Signature):
            raise TypeError("unexpected object %r in __signature__ attribute" % (sig,))
        return sig
    if isfunction(obj):
        return _function_signature(obj, False)
    partial_type = getattr(sys.modules.get("functools"), "partial", None)
    if partial_type is not None and isinstance(obj, partial_type):
        sig = signature(obj.func)
        return _partial_signature(sig, obj.args, obj.keywords)
    if isinstance(obj, type):
        for name in ("__init__", "__new__"):
            for base in obj.__mro__:
                if name in base.__dict__:
                    f = base.__dict__[name]
                    if isinstance(f, staticmethod):
                        f = f.__func__
                    if isfunction(f):
                        return _function_signature(f, True)
                    break
        if obj.__init__ is object.__init__ and obj.__new__ is object.__new__:
            return Signature()
        raise ValueError("no signature found for builtin type %r" % (obj,))
    if isbuiltin(obj):
        raise ValueError("no signature found for builtin %r" % (obj,))
    call = getattr(type(obj), "__call__", None)
    if call is not None and isfunction(call):
        return _function_signature(call, True)
    raise ValueError("callable %r is not supported by signature" % (obj,))


def _partial_signature(sig, args, keywords):
    params = list(sig.parameters.values())
    bound = sig.bind_partial(*args, **keywords).arguments
    out = []
    for p in params:
        if p.name in bound and p.kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD) \
                and p.name not in keywords:
            continue
        if p.kind == _VAR_POSITIONAL and args:
            out.append(p)
            continue
        if p.name in keywords:
            kind = _KEYWORD_ONLY if p.kind == _POSITIONAL_OR_KEYWORD else p.kind
            out.append(p.replace(kind=kind, default=keywords[p.name]))
            continue
        if p.kind == _POSITIONAL_OR_KEYWORD and any(q.kind == _KEYWORD_ONLY for q in out):
            p = p.replace(kind=_KEYWORD_ONLY)
        out.append(p)
    return sig.replace(parameters=out)


class FullArgSpec(tuple):
    __slots__ = ()
    _fields = ("args", "varargs", "varkw", "defaults", "kwonlyargs", "kwonlydefaults",
               "annotations")

    def __new__(cls, *values):
        return tuple.__new__(cls, values)

    def __repr__(self):
        return "FullArgSpec(%s)" % ", ".join("%s=%r" % kv for kv in zip(self._fields, self))


for _i, _n in enumerate(FullArgSpec._fields):
    setattr(FullArgSpec, _n, property(lambda self, _i=_i: self[_i]))


def getfullargspec(func):
    try:
        sig = signature(func, follow_wrapped=False)
    except Exception as ex:
        raise TypeError("unsupported callable") from ex
    args, kwonly, defaults, kwdefaults = [], [], [], {}
    varargs = varkw = None
    annotations = {}
    if sig.return_annotation is not _empty:
        annotations["return"] = sig.return_annotation
    for p in sig.parameters.values():
        if p.annotation is not _empty:
            annotations[p.name] = p.annotation
        if p.kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
            args.append(p.name)
            if p.default is not _empty:
                defaults.append(p.default)
        elif p.kind == _VAR_POSITIONAL:
            varargs = p.name
        elif p.kind == _KEYWORD_ONLY:
            kwonly.append(p.name)
            if p.default is not _empty:
                kwdefaults[p.name] = p.default
        else:
            varkw = p.name
    return FullArgSpec(args, varargs, varkw, tuple(defaults) or None, kwonly, kwdefaults or None,
                       annotations)
