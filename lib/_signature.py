"""inspect.signature and its classes (Parameter, Signature, BoundArguments),
built from a function's code object, defaults and annotations, with
CPython's text form: "(a, b=2, /, c, *args, d, **kw) -> int"."""
import enum as _enum
import functools as _functools
import types as _types


class _empty:
    """Marker for "no default" / "no annotation"."""


class _ParameterKind(_enum.IntEnum):
    POSITIONAL_ONLY = 0
    POSITIONAL_OR_KEYWORD = 1
    VAR_POSITIONAL = 2
    KEYWORD_ONLY = 3
    VAR_KEYWORD = 4

    def __str__(self):
        return self.name

    @property
    def description(self):
        return _KIND_DESCRIPTIONS[self]


_KIND_DESCRIPTIONS = {
    _ParameterKind.POSITIONAL_ONLY: 'positional-only',
    _ParameterKind.POSITIONAL_OR_KEYWORD: 'positional or keyword',
    _ParameterKind.VAR_POSITIONAL: 'variadic positional',
    _ParameterKind.KEYWORD_ONLY: 'keyword-only',
    _ParameterKind.VAR_KEYWORD: 'variadic keyword',
}


def formatannotation(annotation):
    if getattr(annotation, '__module__', None) == 'typing':
        return repr(annotation).replace('typing.', '')
    if isinstance(annotation, type):
        if annotation.__module__ == 'builtins':
            return annotation.__qualname__
        return annotation.__module__ + '.' + annotation.__qualname__
    return repr(annotation)


class Parameter:
    empty = _empty
    POSITIONAL_ONLY = _ParameterKind.POSITIONAL_ONLY
    POSITIONAL_OR_KEYWORD = _ParameterKind.POSITIONAL_OR_KEYWORD
    VAR_POSITIONAL = _ParameterKind.VAR_POSITIONAL
    KEYWORD_ONLY = _ParameterKind.KEYWORD_ONLY
    VAR_KEYWORD = _ParameterKind.VAR_KEYWORD

    def __init__(self, name, kind, *, default=_empty, annotation=_empty):
        self._name = name
        self._kind = _ParameterKind(kind)
        self._default = default
        self._annotation = annotation
        if default is not _empty and self._kind in (_ParameterKind.VAR_POSITIONAL, _ParameterKind.VAR_KEYWORD):
            raise ValueError('{} parameters cannot have default values'.format(self._kind.description))

    name = property(lambda self: self._name)
    kind = property(lambda self: self._kind)
    default = property(lambda self: self._default)
    annotation = property(lambda self: self._annotation)

    def replace(self, *, name=None, kind=None, default=None, annotation=None):
        return type(self)(self._name if name is None else name, self._kind if kind is None else kind,
                          default=self._default if default is None else default,
                          annotation=self._annotation if annotation is None else annotation)

    def __str__(self):
        text = self._name
        if self._annotation is not _empty:
            text = '{}: {}'.format(text, formatannotation(self._annotation))
        if self._default is not _empty:
            sep = ' = ' if self._annotation is not _empty else '='
            text = '{}{}{!r}'.format(text, sep, self._default)
        if self._kind == _ParameterKind.VAR_POSITIONAL:
            text = '*' + text
        elif self._kind == _ParameterKind.VAR_KEYWORD:
            text = '**' + text
        return text

    def __repr__(self):
        return '<{} "{}">'.format(type(self).__name__, self)

    def __eq__(self, other):
        if not isinstance(other, Parameter):
            return NotImplemented
        return (self._name, self._kind, self._default, self._annotation) == \
            (other._name, other._kind, other._default, other._annotation)

    def __hash__(self):
        return hash((self._name, self._kind, self._annotation, self._default))


class BoundArguments:
    def __init__(self, signature, arguments):
        self.signature = signature
        self.arguments = arguments

    @property
    def args(self):
        args = []
        for name, param in self.signature.parameters.items():
            if param.kind in (_ParameterKind.VAR_KEYWORD, _ParameterKind.KEYWORD_ONLY):
                break
            if name not in self.arguments:
                break
            if param.kind == _ParameterKind.VAR_POSITIONAL:
                args.extend(self.arguments[name])
            else:
                args.append(self.arguments[name])
        return tuple(args)

    @property
    def kwargs(self):
        kwargs = {}
        started = False
        for name, param in self.signature.parameters.items():
            if not started:
                if param.kind in (_ParameterKind.VAR_KEYWORD, _ParameterKind.KEYWORD_ONLY):
                    started = True
                elif name not in self.arguments:
                    started = True
                    continue
            if not started or name not in self.arguments:
                continue
            if param.kind == _ParameterKind.VAR_KEYWORD:
                kwargs.update(self.arguments[name])
            else:
                kwargs[name] = self.arguments[name]
        return kwargs

    def apply_defaults(self):
        new = {}
        for name, param in self.signature.parameters.items():
            if name in self.arguments:
                new[name] = self.arguments[name]
            elif param.default is not _empty:
                new[name] = param.default
            elif param.kind == _ParameterKind.VAR_POSITIONAL:
                new[name] = ()
            elif param.kind == _ParameterKind.VAR_KEYWORD:
                new[name] = {}
        self.arguments = new

    def __eq__(self, other):
        if not isinstance(other, BoundArguments):
            return NotImplemented
        return self.signature == other.signature and self.arguments == other.arguments

    def __repr__(self):
        args = ', '.join('{}={!r}'.format(k, v) for k, v in self.arguments.items())
        return '<{} ({})>'.format(type(self).__name__, args)


class Signature:
    empty = _empty

    def __init__(self, parameters=None, *, return_annotation=_empty):
        params = {}
        for p in parameters or ():
            if p.name in params:
                raise ValueError('duplicate parameter name: {!r}'.format(p.name))
            params[p.name] = p
        self._parameters = _types.MappingProxyType(params) if hasattr(_types, 'MappingProxyType') else params
        self._return_annotation = return_annotation

    parameters = property(lambda self: self._parameters)
    return_annotation = property(lambda self: self._return_annotation)

    def replace(self, *, parameters=None, return_annotation=_empty):
        return type(self)(list(self._parameters.values()) if parameters is None else parameters,
                          return_annotation=self._return_annotation if return_annotation is _empty
                          else return_annotation)

    def __str__(self):
        result = []
        render_pos_only = False
        render_kw_only = True
        for param in self._parameters.values():
            kind = param.kind
            if kind == _ParameterKind.POSITIONAL_ONLY:
                render_pos_only = True
            elif render_pos_only:
                result.append('/')
                render_pos_only = False
            if kind == _ParameterKind.VAR_POSITIONAL:
                render_kw_only = False
            elif kind == _ParameterKind.KEYWORD_ONLY and render_kw_only:
                result.append('*')
                render_kw_only = False
            result.append(str(param))
        if render_pos_only:
            result.append('/')
        text = '({})'.format(', '.join(result))
        if self._return_annotation is not _empty:
            text += ' -> {}'.format(formatannotation(self._return_annotation))
        return text

    def __repr__(self):
        return '<{} {}>'.format(type(self).__name__, self)

    def __eq__(self, other):
        if not isinstance(other, Signature):
            return NotImplemented
        return (self._return_annotation == other._return_annotation and
                list(self._parameters.items()) == list(other._parameters.items()))

    def _bind(self, args, kwargs, partial=False):
        # CPython 3.11's algorithm and messages
        arguments = {}
        params = iter(self._parameters.values())
        pending = []
        kwargs = dict(kwargs)
        arg_vals = iter(args)
        while True:
            try:
                arg_val = next(arg_vals)
            except StopIteration:
                try:
                    param = next(params)
                except StopIteration:
                    break
                if param.kind == _ParameterKind.VAR_POSITIONAL:
                    break
                if param.name in kwargs:
                    if param.kind == _ParameterKind.POSITIONAL_ONLY:
                        raise TypeError('{!r} parameter is positional only, but was passed as a keyword'
                                        .format(param.name)) from None
                    pending = [param]
                    break
                if param.kind == _ParameterKind.VAR_KEYWORD or param.default is not _empty or partial:
                    pending = [param]
                    break
                raise TypeError('missing a required argument: {!r}'.format(param.name)) from None
            else:
                try:
                    param = next(params)
                except StopIteration:
                    raise TypeError('too many positional arguments') from None
                if param.kind in (_ParameterKind.KEYWORD_ONLY, _ParameterKind.VAR_KEYWORD):
                    raise TypeError('too many positional arguments') from None
                if param.kind == _ParameterKind.VAR_POSITIONAL:
                    arguments[param.name] = (arg_val,) + tuple(arg_vals)
                    break
                if param.name in kwargs and param.kind != _ParameterKind.POSITIONAL_ONLY:
                    raise TypeError('multiple values for argument {!r}'.format(param.name)) from None
                arguments[param.name] = arg_val
        kwargs_param = None
        for param in pending + list(params):
            if param.kind == _ParameterKind.VAR_KEYWORD:
                kwargs_param = param
                continue
            if param.kind == _ParameterKind.VAR_POSITIONAL:
                continue
            if param.name not in kwargs:
                if not partial and param.default is _empty:
                    raise TypeError('missing a required argument: {!r}'.format(param.name))
                continue
            if param.kind == _ParameterKind.POSITIONAL_ONLY:
                raise TypeError('{!r} parameter is positional only, but was passed as a keyword'.format(param.name))
            arguments[param.name] = kwargs.pop(param.name)
        if kwargs:
            if kwargs_param is None:
                raise TypeError('got an unexpected keyword argument {!r}'.format(next(iter(kwargs))))
            arguments[kwargs_param.name] = kwargs
        return BoundArguments(self, arguments)

    def bind(self, /, *args, **kwargs):
        return self._bind(args, kwargs)

    def bind_partial(self, /, *args, **kwargs):
        return self._bind(args, kwargs, partial=True)


def _from_function(func):
    code = func.__code__
    names = code.co_varnames
    npos = code.co_argcount
    nposonly = code.co_posonlyargcount
    nkw = code.co_kwonlyargcount
    defaults = func.__defaults__ or ()
    kwdefaults = func.__kwdefaults__ or {}
    annotations = getattr(func, '__annotations__', None) or {}
    params = []
    first_default = npos - len(defaults)
    for i, name in enumerate(names[:npos]):
        kind = _ParameterKind.POSITIONAL_ONLY if i < nposonly else _ParameterKind.POSITIONAL_OR_KEYWORD
        default = defaults[i - first_default] if i >= first_default else _empty
        params.append(Parameter(name, kind, default=default, annotation=annotations.get(name, _empty)))
    index = npos + nkw
    if code.co_flags & 0x04:
        name = names[index]
        params.append(Parameter(name, _ParameterKind.VAR_POSITIONAL, annotation=annotations.get(name, _empty)))
        index += 1
    for name in names[npos:npos + nkw]:
        params.append(Parameter(name, _ParameterKind.KEYWORD_ONLY, default=kwdefaults.get(name, _empty),
                                annotation=annotations.get(name, _empty)))
    if code.co_flags & 0x08:
        name = names[index]
        params.append(Parameter(name, _ParameterKind.VAR_KEYWORD, annotation=annotations.get(name, _empty)))
    return Signature(params, return_annotation=annotations.get('return', _empty))


def _drop_first(sig):
    params = list(sig.parameters.values())
    if params and params[0].kind in (_ParameterKind.POSITIONAL_ONLY, _ParameterKind.POSITIONAL_OR_KEYWORD):
        params = params[1:]
    elif not params or params[0].kind != _ParameterKind.VAR_POSITIONAL:
        raise ValueError('invalid method signature')
    return sig.replace(parameters=params)


def _from_partial(partial):
    sig = signature(partial.func)
    params = list(sig.parameters.values())
    args = list(partial.args)
    out = []
    for p in params:
        if args and p.kind in (_ParameterKind.POSITIONAL_ONLY, _ParameterKind.POSITIONAL_OR_KEYWORD):
            args.pop(0)
            continue
        if args and p.kind == _ParameterKind.VAR_POSITIONAL:
            args = []
        if p.name in partial.keywords and p.kind != _ParameterKind.POSITIONAL_ONLY:
            p = Parameter(p.name, _ParameterKind.KEYWORD_ONLY, default=partial.keywords[p.name],
                          annotation=p.annotation)
        out.append(p)
    # keyword-only parameters must come after the others
    rank = {_ParameterKind.KEYWORD_ONLY: 1, _ParameterKind.VAR_KEYWORD: 2}
    out.sort(key=lambda p: rank.get(p.kind, 0))
    return sig.replace(parameters=out)


def signature(obj, *, follow_wrapped=True):
    """The Signature of a callable: functions, methods, classes, partials
    and objects with __call__ (C functions have none: ValueError)."""
    if not callable(obj):
        raise TypeError('{!r} is not a callable object'.format(obj))
    if isinstance(obj, _types.MethodType):
        return _drop_first(signature(obj.__func__, follow_wrapped=follow_wrapped))
    if follow_wrapped:
        while hasattr(obj, '__wrapped__') and getattr(obj, '__signature__', None) is None:
            obj = obj.__wrapped__
    sig = getattr(obj, '__signature__', None)
    if sig is not None:
        if not isinstance(sig, Signature):
            raise TypeError('unexpected object {!r} in __signature__ attribute'.format(sig))
        return sig
    if isinstance(obj, _functools.partial):
        return _from_partial(obj)
    if isinstance(obj, _types.FunctionType):
        return _from_function(obj)
    if isinstance(obj, type):
        for klass in obj.__mro__:
            if '__init__' in klass.__dict__ and klass is not object:
                return _drop_first(signature(klass.__dict__['__init__'], follow_wrapped=follow_wrapped))
            if '__new__' in klass.__dict__ and klass is not object:
                new = klass.__dict__['__new__']
                new = getattr(new, '__func__', new)
                return _drop_first(signature(new, follow_wrapped=follow_wrapped))
        return Signature()
    call = getattr(type(obj), '__call__', None)
    if isinstance(call, _types.FunctionType):
        return _drop_first(signature(call, follow_wrapped=follow_wrapped))
    raise ValueError('no signature found for builtin {!r}'.format(obj))
