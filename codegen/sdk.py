"""The resource layer of the client, worked out from the spec: one resource per tag, one method per operation.

`build_sdk(spec, class_names)` returns what the SDK templates render: every resource with its
methods, each method's positional path parameters, keyword arguments (typed from the schemas,
required ones without a default), allowed values for run-time checks, and how its answer is
parsed; and the TypedDicts and Literal aliases that type nested inputs.
"""

from __future__ import annotations

import keyword
import re
import warnings
from dataclasses import dataclass, field
from itertools import product
from typing import Any

from openapi_python_client.strings import ClassName

from invoiced_spec import Operation, operations, resolve, resource_name, sdk_method, snake_case

with warnings.catch_warnings():
    warnings.simplefilter("ignore", DeprecationWarning)  # re's own parser; the module moved in 3.11
    import sre_parse

__all__ = ["SDK", "Argument", "Method", "Resource", "TypedDictSpec", "build_sdk", "enumerate_pattern"]

IDEMPOTENCY_HEADER = "Idempotency-Key"

# Keyword arguments every method has besides the spec's: a parameter or body field of the same name
# would be shadowed, so it stops the generation instead.
RESERVED_ARGUMENTS = frozenset({"idempotency_key", "extra_headers", "extra_query", "extra_body", "timeout", "self"})

# The exception of each error status (errors.py maps them at run time); other 4xx are
# InvalidRequestError and 5xx APIError.
ERROR_CLASSES = {
    400: "BadRequestError",
    401: "AuthenticationError",
    403: "PermissionDeniedError",
    404: "NotFoundError",
    413: "PayloadTooLargeError",
    415: "UnsupportedMediaTypeError",
    429: "RateLimitError",
}


def error_class_name(status: int) -> str:
    if status in ERROR_CLASSES:
        return ERROR_CLASSES[status]
    return "APIError" if status >= 500 else "InvalidRequestError"


# A choice is either the tuple of allowed strings, or a mapping of object keys to their choices.
Choices = tuple[str, ...] | dict[str, "Choices"]


@dataclass
class Argument:
    name: str  # the Python name and the wire name (no trailing underscore: `type`, `filter`)
    annotation: str
    required: bool
    description: str
    location: str  # path | query | body
    style: str = "plain"  # plain | deep (filter[key]=value) | csv (a list sent comma-separated)
    choices: Choices | None = None
    nested: bool = False  # may hold models or TypedDicts that need converting to JSON


@dataclass
class Method:
    name: str
    operation_id: str
    http_method: str
    path: str
    path_expression: str  # an f-string body that fills in the path parameters
    summary: str
    description: str
    path_params: list[Argument]
    arguments: list[Argument]  # keyword-only, query parameters then body fields
    idempotent_key: bool
    idempotency_description: str
    returns: str  # the parsed answer: `Customer`, `list[Email]`, `None`
    parse: str  # name of the parser function in the resource module
    paged_item: str | None  # the item class of a paged list
    has_body: bool
    errors: list[tuple[str, str]]  # (exception class, the spec's description) per documented error status

    @property
    def query(self) -> list[Argument]:
        return [a for a in self.arguments if a.location == "query"]

    @property
    def body(self) -> list[Argument]:
        return [a for a in self.arguments if a.location == "body"]

    @property
    def choices(self) -> dict[str, Choices]:
        return {a.name: a.choices for a in self.arguments if a.choices}

    @property
    def nested_names(self) -> list[str]:
        return [a.name for a in self.body if a.nested]

    @property
    def deep_names(self) -> list[str]:
        return [a.name for a in self.query if a.style == "deep"]

    @property
    def csv_names(self) -> list[str]:
        return [a.name for a in self.query if a.style == "csv"]


@dataclass
class Resource:
    attribute: str  # client.customers
    class_name: str  # Customers
    tag: str
    description: str
    methods: list[Method] = field(default_factory=list)
    models: set[str] = field(default_factory=set)  # model classes the module imports at run time
    params: set[str] = field(default_factory=set)  # names from params.py its signatures use


@dataclass
class TypedDictField:
    name: str
    annotation: str
    required: bool
    description: str


@dataclass
class TypedDictSpec:
    name: str
    model: str
    description: str
    fields: list[TypedDictField]


@dataclass
class SDK:
    resources: list[Resource]
    typed_dicts: list[TypedDictSpec]
    aliases: dict[str, str]  # Literal aliases in params.py (name -> annotation)
    models: dict[str, str]  # every model class -> its module

    def call(self, operation_id: str, via: str = "") -> str:
        """How the README names an operation's method, `customers.retrieve`, or `customers.<via>.retrieve`.

        The README's recipes name operations by operationId, so renaming a tag renames them too, and
        a recipe whose operation left the spec fails the generation, saying which.
        """
        for resource in self.resources:
            for method in resource.methods:
                if method.operation_id == operation_id:
                    return ".".join(part for part in (resource.attribute, via, method.name) if part)
        raise LookupError(f"codegen/templates/README.md.jinja uses {operation_id}, which the spec has no more")


def enumerate_pattern(pattern: str) -> list[str]:
    """Every string a finite regular expression matches, repeats taken zero or once as far as they must.

    Sort and expand parameters spell their allowed values as patterns (`^(id|name)( (asc|desc))?$`);
    the client types them as Literals of exactly those values. Unbounded repeats (`(,customer)*`) are
    taken zero times, which gives the single values a comma-separated list is made of.
    """

    def walk(items: Any) -> list[str]:
        results = [""]
        for op, arg in items:
            name = str(op)
            if name == "AT":
                continue
            if name == "LITERAL":
                options = [chr(arg)]
            elif name == "SUBPATTERN":
                options = walk(arg[3])
            elif name == "BRANCH":
                options = [text for branch in arg[1] for text in walk(branch)]
            elif name in ("MAX_REPEAT", "MIN_REPEAT"):
                low, high, inner = arg
                once = walk(inner)
                options = [""] if low == 0 else []
                if low <= 1 <= high and (high != sre_parse.MAXREPEAT or low == 1):
                    options += once
            elif name == "IN" and all(str(kind) == "LITERAL" for kind, _ in arg):
                options = [chr(value) for _, value in arg]
            else:
                raise ValueError(f"pattern {pattern!r} is not a finite list of values ({name})")
            results = [left + right for left, right in product(results, options)]
        return results

    values = walk(sre_parse.parse(pattern))
    compiled = re.compile(pattern)
    unique = list(dict.fromkeys(v for v in values if v))
    for value in unique:
        if not compiled.fullmatch(value):
            raise ValueError(f"{value!r} does not match {pattern!r}")
    return unique


def _is_csv_list(pattern: str, values: list[str]) -> bool:
    """`^(a|b)(,(a|b))*$`: a comma-separated list of the values."""
    return bool(values) and re.fullmatch(pattern, f"{values[0]},{values[-1]}") is not None


def _literal(values: list[Any]) -> str:
    return "Literal[" + ", ".join(repr(v) for v in values) + "]"


def _doc(text: str | None) -> str:
    return " ".join((text or "").split())


class _Builder:
    def __init__(self, spec: dict[str, Any], class_names: dict[str, str]) -> None:
        self.spec = spec
        self.class_names = class_names  # component schema name -> generated model class
        self.typed_dicts: dict[str, TypedDictSpec] = {}
        self.aliases: dict[str, str] = {}

    # --- input types --------------------------------------------------------------------

    def model_of(self, node: Any) -> str | None:
        ref = node.get("$ref") if isinstance(node, dict) else None
        if not ref:
            return None
        component = ref.rsplit("/", 1)[-1]
        schema = resolve(self.spec, node)
        if schema.get("type") == "object" and "properties" in schema:
            name = self.class_names.get(component)
            if name is None:
                raise ValueError(f"no model class for {component}")
            self.typed_dict(component, name, schema)
            return name
        return None

    def typed_dict(self, component: str, model: str, schema: dict[str, Any]) -> str:
        name = f"{model}Param"
        if name in self.typed_dicts:
            return name
        spec = TypedDictSpec(name=name, model=model, description=_doc(schema.get("description")), fields=[])
        self.typed_dicts[name] = spec  # before the fields, so recursive schemas terminate
        required = set(schema.get("required", []))
        for prop, node in schema.get("properties", {}).items():
            spec.fields.append(
                TypedDictField(
                    name=prop,
                    annotation=self.annotation(node, top=False),
                    required=prop in required,
                    description=self.description(node),
                )
            )
        return name

    def annotation(self, node: Any, *, top: bool) -> str:
        """The Python type an argument (top) or a TypedDict field accepts for a schema."""
        model = self.model_of(node)
        if model is not None:
            return f"{model}Param | {model}" if top else f"{model}Param"
        schema = resolve(self.spec, node)
        if "enum" in schema:
            values = [v for v in schema["enum"] if v is not None]
            return _literal(values) + (" | None" if None in schema["enum"] else "")
        if "const" in schema:
            return _literal([schema["const"]])
        alternatives = schema.get("oneOf") or schema.get("anyOf")
        if alternatives and "properties" not in schema:
            return self.union([self.annotation(alt, top=top) for alt in alternatives])
        kind = schema.get("type")
        if isinstance(kind, list):
            return self.union([self.annotation({**schema, "type": one}, top=top) for one in kind])
        if kind == "array":
            return f"Sequence[{self.annotation(schema.get('items', {}), top=top)}]"
        if kind == "object":
            return "Mapping[str, Any]"
        return {"string": "str", "integer": "int", "number": "float", "boolean": "bool", "null": "None"}.get(
            str(kind), "Any"
        )

    @staticmethod
    def union(parts: list[str]) -> str:
        flat: list[str] = []
        for part in parts:
            for piece in part.split(" | "):
                if piece not in flat:
                    flat.append(piece)
        if "None" in flat:  # None last reads best: `str | None`
            flat.remove("None")
            flat.append("None")
        return " | ".join(flat)

    def choices(self, node: Any, seen: frozenset[str] = frozenset()) -> Choices | None:
        """The allowed values inside a schema, for checking an argument before it is sent."""
        ref = node.get("$ref") if isinstance(node, dict) else None
        if ref in seen:
            return None
        seen = seen | {ref} if ref else seen
        schema = resolve(self.spec, node)
        if "enum" in schema:
            return tuple(str(v) for v in schema["enum"] if v is not None)
        for key in ("oneOf", "anyOf"):
            for alternative in schema.get(key, []):
                found = self.choices(alternative, seen)
                if found:
                    return found
        if schema.get("type") == "array" or "items" in schema:
            return self.choices(schema.get("items", {}), seen)
        if "properties" in schema:
            nested = {}
            for prop, sub in schema["properties"].items():
                found = self.choices(sub, seen)
                if found:
                    nested[prop] = found
            return nested or None
        return None

    def description(self, node: Any) -> str:
        if isinstance(node, dict) and node.get("description"):
            return _doc(node["description"])
        schema = resolve(self.spec, node)
        text = schema.get("description") if isinstance(schema, dict) else None
        if not text:
            for alternative in schema.get("oneOf", []) + schema.get("anyOf", []):
                text = resolve(self.spec, alternative).get("description")
                if text:
                    break
        return _doc(text)

    def nested(self, node: Any) -> bool:
        schema = resolve(self.spec, node)
        if self.model_of(node) is not None:
            return True
        if schema.get("type") == "array" or "items" in schema:
            return self.nested(schema.get("items", {}))
        return any(self.nested(alt) for alt in schema.get("oneOf", []) + schema.get("anyOf", []))

    # --- parameters and bodies -----------------------------------------------------------

    def query_argument(self, operation: Operation, parameter: Any) -> Argument:
        schema = resolve(self.spec, parameter.schema)
        description = _doc(parameter.raw.get("description"))
        pattern = schema.get("pattern")
        if parameter.style == "deepObject":
            annotation, style = self.annotation(parameter.schema, top=True), "deep"
            choices = self.choices(parameter.schema)
        elif schema.get("type") == "string" and pattern and not schema.get("enum"):
            values = enumerate_pattern(pattern)
            alias = ClassName(f"{operation.operation_id} {parameter.name}", prefix="")
            self.aliases[alias] = _literal(values)
            if _is_csv_list(pattern, values):
                annotation, style = f"Sequence[{alias}]", "csv"
                description += " A list of: " + ", ".join(f"`{v}`" for v in values) + " (sent comma-separated)."
            else:
                annotation, style = str(alias), "plain"
                description += " Allowed: " + ", ".join(f"`{v}`" for v in values) + "."
            choices = tuple(values)
        else:
            annotation, style, choices = self.annotation(parameter.schema, top=True), "plain", self.choices(schema)
        return Argument(
            name=self.python_name(parameter.name),
            annotation=annotation,
            required=parameter.required,
            description=description,
            location="query",
            style=style,
            choices=choices,
        )

    def body_arguments(self, operation: Operation) -> tuple[list[Argument], bool]:
        body = operation.request_body
        if body is None:
            return [], False
        media = body.get("content", {}).get("application/json")
        if media is None:
            return [], False
        schema = resolve(self.spec, media["schema"])
        if schema.get("type") != "object":
            raise ValueError(f"{operation.operation_id}: only object bodies become keyword arguments")
        required = set(schema.get("required", [])) if body.get("required") else set()
        arguments = []
        for prop, node in schema.get("properties", {}).items():
            arguments.append(
                Argument(
                    name=self.python_name(prop),
                    annotation=self.annotation(node, top=True),
                    required=prop in required,
                    description=self.description(node),
                    location="body",
                    choices=self.choices(node),
                    nested=self.nested(node),
                )
            )
        return arguments, True

    @staticmethod
    def python_name(name: str) -> str:
        if not name.isidentifier() or keyword.iskeyword(name):
            raise ValueError(f"{name!r} cannot be a keyword argument; name it with an x- extension")
        return name

    # --- answers ----------------------------------------------------------------------------

    def answer(self, operation: Operation) -> tuple[str, str, str | None, set[str]]:
        """(return annotation, parser name, paged item class, models used) of an operation."""
        for status, response in sorted(operation.responses.items()):
            if not status.startswith("2"):
                continue
            media = response.get("content", {}).get("application/json")
            if media is None:
                return "None", "no_content", None, set()
            schema = resolve(self.spec, media["schema"])
            if schema.get("type") == "array":
                item = self.response_model(schema["items"])
                if "Link" in response.get("headers", {}):
                    return f"Page[{item}]", f"_parse_{snake_case(item)}", item, {item}
                return f"builtins.list[{item}]", f"_parse_{snake_case(item)}_list", None, {item}
            model = self.response_model(media["schema"])
            return model, f"_parse_{snake_case(model)}", None, {model}
        return "None", "no_content", None, set()

    def response_model(self, node: Any) -> str:
        ref = node.get("$ref", "")
        component = ref.rsplit("/", 1)[-1]
        if component not in self.class_names:
            raise ValueError(f"answers must be component objects with a model, not {node}")
        return self.class_names[component]

    # --- all of it ----------------------------------------------------------------------------

    def method(self, operation: Operation, resource: Resource) -> Method:
        _, name = sdk_method(operation)
        path_params = [
            Argument(
                name=self.python_name(p.name),
                annotation=self.annotation(p.schema, top=True),
                required=True,
                description=_doc(p.raw.get("description")),
                location="path",
            )
            for p in operation.parameters
            if p.location == "path"
        ]
        query = [self.query_argument(operation, p) for p in operation.parameters if p.location == "query"]
        body, has_body = self.body_arguments(operation)
        clash = {a.name for a in query} & {a.name for a in body}
        if clash:
            raise ValueError(f"{operation.operation_id}: {clash} is both a query parameter and a body field")
        arguments = query + body
        reserved = sorted({a.name for a in path_params + arguments} & RESERVED_ARGUMENTS)
        if reserved:
            raise ValueError(
                f"{operation.operation_id}: {', '.join(reserved)} would shadow the SDK's own keyword argument"
                " of that name"
            )
        # Required keywords first: they read best, and keep the signature in order.
        arguments = [a for a in arguments if a.required] + [a for a in arguments if not a.required]
        for argument in arguments:
            resource.params.update(re.findall(r"\b(\w+Param)\b", argument.annotation))
            resource.params.update(alias for alias in self.aliases if re.search(rf"\b{alias}\b", argument.annotation))
            resource.models.update(
                m for m in re.findall(r"\b(\w+)\b", argument.annotation) if m in self.class_names.values()
            )
        returns, parse, paged_item, models = self.answer(operation)
        resource.models.update(models)
        headers = {p.name for p in operation.parameters if p.location == "header"}
        unknown = headers - {IDEMPOTENCY_HEADER}
        if unknown:
            raise ValueError(f"{operation.operation_id}: header parameters {unknown} have no SDK support")
        expression = re.sub(r"\{(\w+)\}", r"{_path(\1)}", operation.path)
        return Method(
            name=name,
            operation_id=operation.operation_id,
            http_method=operation.method.upper(),
            path=operation.path,
            path_expression=expression,
            summary=_doc(operation.summary),
            description=operation.description.strip(),
            path_params=path_params,
            arguments=arguments,
            idempotent_key=IDEMPOTENCY_HEADER in headers,
            idempotency_description=next(
                (_doc(p.raw.get("description")) for p in operation.parameters if p.name == IDEMPOTENCY_HEADER), ""
            ),
            returns=returns,
            parse=parse,
            paged_item=paged_item,
            has_body=has_body,
            errors=[
                (error_class_name(int(status)), _doc(response.get("description")))
                for status, response in sorted(operation.responses.items())
                if status.isdigit() and int(status) >= 400
            ],
        )


def build_sdk(spec: dict[str, Any], class_names: dict[str, str], models: dict[str, str]) -> SDK:
    """The resources of the spec's tags, in the order the spec lists its tags."""
    builder = _Builder(spec, class_names)
    tags = {tag["name"]: tag for tag in spec.get("tags", [])}
    resources: dict[str, Resource] = {}
    for operation in operations(spec):
        if operation.tag not in resources:
            resources[operation.tag] = Resource(
                attribute=resource_name(operation.tag),
                class_name=str(ClassName(operation.tag, prefix="")),
                tag=operation.tag,
                description=_doc(tags.get(operation.tag, {}).get("description")),
            )
        resource = resources[operation.tag]
        method = builder.method(operation, resource)
        taken = [m for m in resource.methods if m.name == method.name]
        if taken:
            raise ValueError(
                f"{operation.operation_id} and {taken[0].operation_id} are both {resource.attribute}.{method.name}:"
                " give one an x-sdk-method-name"
            )
        resource.methods.append(method)
    order = list(tags)
    ordered = sorted(resources.values(), key=lambda r: order.index(r.tag) if r.tag in order else len(order))
    return SDK(
        resources=ordered,
        typed_dicts=sorted(builder.typed_dicts.values(), key=lambda t: t.name),
        aliases=dict(sorted(builder.aliases.items())),
        models=models,
    )
