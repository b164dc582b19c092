"""Generate the Python client: openapi-python-client with our templates, plus the resource layer.

    python codegen/generate.py OUTPUT_DIR [--spec spec/openapi.yaml]

openapi-python-client writes the models and the per-operation modules from `templates/`; this
script adds what it does not make (openapi-python-client#690 declined an object-oriented
interface): `resources/` with one class per tag, `params.py` with the TypedDicts and Literals of
the inputs, and the runtime modules in `templates/runtime/`, which are plain Python copied as
they are. Everything is written before the generator's post-hooks (ruff) run, so all of it is
formatted alike. `make client` and `make check-client` both call this.
"""

from __future__ import annotations

import argparse
import builtins
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import openapi_python_client
from openapi_python_client import Project, strings
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.errors import GeneratorError
from openapi_python_client.parser.properties import ModelProperty
from openapi_python_client.parser.properties.int import IntProperty
from openapi_python_client.parser.properties.none import NoneProperty
from openapi_python_client.parser.properties.union import UnionProperty

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from sdk import ERROR_CLASSES, SDK, build_sdk  # noqa: E402

from invoiced_spec import load_spec  # noqa: E402

TEMPLATES = HERE / "templates"
RUNTIME = TEMPLATES / "runtime"

# openapi-python-client appends `_` to every name that is a Python builtin (`type_`, `filter_`).
# The generated code never calls these builtins where such a name is in scope, so user-facing
# names stay the spec's own; keywords and the builtins the generated code does call stay reserved.
_KEPT_BUILTINS = {
    "bool", "bytes", "cls", "dict", "float", "int", "isinstance", "len", "list", "self",
    "str", "super", "tuple", "TypeError", "ValueError", "KeyError", "AttributeError",
}  # fmt: skip
strings.RESERVED_WORDS = {"self", "true", "false", "datetime"} | (_KEPT_BUILTINS & set(dir(builtins)))


class SDKProject(Project):
    """openapi-python-client's project, with the SDK files added before the post-hooks run."""

    sdk: SDK

    def _build_api(self) -> None:
        super()._build_api()
        self._build_sdk()

    def _write(self, relative: str, text: str) -> None:
        target = self.package_dir / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding=self.config.file_encoding)

    def _build_sdk(self) -> None:
        for source in sorted(RUNTIME.glob("*.py")):
            self._write(source.name, source.read_text(encoding="utf-8"))
        self._write("params.py", self.env.get_template("sdk/params.py.jinja").render(sdk=self.sdk))
        resources = self.env.get_template("sdk/resource.py.jinja")
        for resource in self.sdk.resources:
            self._write(f"resources/{resource.attribute}.py", resources.render(sdk=self.sdk, resource=resource))
        self._write("resources/__init__.py", self.env.get_template("sdk/resources_init.py.jinja").render(sdk=self.sdk))


@dataclass(frozen=True)
class Relation:
    """A field that holds an object's ID, or the object itself when the request expanded it."""

    name: str
    model: str
    nullable: bool

    @property
    def id_name(self) -> str:
        return f"{self.name}_id"

    @property
    def expanded_name(self) -> str:
        return f"expanded_{self.name}"


def expandable(model: ModelProperty) -> list[Relation]:
    """The model's relations: fields typed `Id | Model` (or `Id | Model | null`) in the spec.

    The model gets `<name>_id` and `expanded_<name>` for each, so code reads them without isinstance.
    """
    properties = [*(model.required_properties or []), *(model.optional_properties or [])]
    taken = {p.python_name for p in properties}
    found = []
    for prop in properties:
        if not isinstance(prop, UnionProperty):
            continue
        inner = prop.inner_properties
        models = [p for p in inner if isinstance(p, ModelProperty)]
        ids = [p for p in inner if isinstance(p, IntProperty)]
        if len(models) != 1 or len(ids) != 1 or len(inner) != 2 + any(isinstance(p, NoneProperty) for p in inner):
            continue
        relation = Relation(
            prop.python_name, models[0].class_info.name, any(isinstance(p, NoneProperty) for p in inner)
        )
        if {relation.id_name, relation.expanded_name} & taken:
            raise ValueError(f"{model.class_info.name}.{prop.python_name}: its accessors clash with fields")
        found.append(relation)
    return found


_PLAIN = {"int_property.py.jinja", "float_property.py.jinja", "boolean_property.py.jinja", "any_property.py.jinja"}


def is_plain(prop: Any) -> bool:
    """Whether a property's JSON value is already its Python value: a string, number, boolean, null or Any."""
    if isinstance(prop, UnionProperty):
        return all(is_plain(inner) for inner in prop.inner_properties)
    template = getattr(prop, "template", None)
    return isinstance(prop, NoneProperty) or template is None or template in _PLAIN


def model_union(prop: Any) -> str | None:
    """The model class of a union of one model with plain values (`Card | None`, `int | Customer`), else None.

    Such a field is parsed with one isinstance check instead of openapi-python-client's try/except per type.
    """
    if not isinstance(prop, UnionProperty):
        return None
    models = [inner for inner in prop.inner_properties if isinstance(inner, ModelProperty)]
    others = [inner for inner in prop.inner_properties if not isinstance(inner, ModelProperty)]
    if len(models) == 1 and all(is_plain(other) for other in others):
        return str(models[0].class_info.name)
    return None


def _class_names(openapi: GeneratorData) -> tuple[dict[str, str], dict[str, str]]:
    """(component schema -> model class, model class -> module) of the generated models."""
    modules = {str(model.class_info.name): str(model.class_info.module_name) for model in openapi.models}
    prefix = "/components/schemas/"
    components = {}
    for model in openapi.models:
        name = model.name.get_untrusted_value()
        if name.startswith(prefix):
            components[name.removeprefix(prefix)] = str(model.class_info.name)
    return components, modules


def generate(spec_path: Path, output: Path) -> list[GeneratorError]:
    config = Config.from_sources(
        ConfigFile.load_from_path(HERE / "config.yaml"),
        MetaType.UV,
        spec_path,
        "utf-8",
        overwrite=True,
        output_path=output,
    )
    document = openapi_python_client._get_document(source=spec_path, timeout=config.http_timeout)
    if isinstance(document, GeneratorError):
        return [document]
    openapi = GeneratorData.from_dict(document, config=config)
    if isinstance(openapi, GeneratorError):
        return [openapi]
    project = SDKProject(openapi=openapi, config=config, custom_template_path=TEMPLATES)
    components, modules = _class_names(openapi)
    project.sdk = build_sdk(load_spec(spec_path), components, modules)
    project.env.globals["sdk"] = project.sdk
    project.env.globals["sdk_error_classes"] = ERROR_CLASSES
    project.env.globals["sdk_base_url"] = load_spec(spec_path)["servers"][0]["url"]
    project.env.filters["tojson_py"] = repr
    project.env.globals["expandable"] = expandable
    project.env.globals["is_plain"] = is_plain
    project.env.globals["model_union"] = model_union
    return list(project.build())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("output", type=Path)
    parser.add_argument("--spec", type=Path, default=Path("spec/openapi.yaml"))
    args = parser.parse_args()
    problems = generate(args.spec.resolve(), args.output.resolve())
    for problem in problems:
        print(f"{problem.level.name}: {problem.header}\n{problem.detail or ''}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
