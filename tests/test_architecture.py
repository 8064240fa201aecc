"""The package's shape and import rules, read from its source with `ast` (nothing is imported or run).

Every import counts wherever it is written: at the top, inside a function, under `if TYPE_CHECKING:`.
An import names a module of the package: `import clkarchive.a.b` names clkarchive.a.b;
`from clkarchive.a import b` names clkarchive.a.b when that is a module (or subpackage), else
clkarchive.a; relative imports are resolved against the importing module.
"""

from __future__ import annotations

import ast
import functools
from dataclasses import dataclass
from pathlib import Path

import clkarchive

PACKAGE = Path(clkarchive.__file__).resolve().parent  # the source under test, wherever it is installed
MAX_TOP_LEVEL_MODULES = 12
MIN_SUBPACKAGES = 4
MAX_LINES = 600


@dataclass(frozen=True)
class Import:
    module: str  # the importing module, dotted
    target: str  # what it imports, dotted: a module of the package, or another library's module
    line: int

    def __str__(self) -> str:
        return f"{self.module} imports {self.target} (line {self.line})"


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


@functools.cache
def modules() -> dict[str, Path]:
    """Every module of the package by dotted name; a package by the name of its __init__."""
    return {module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def is_package(name: str) -> bool:
    return modules()[name].name == "__init__.py"


def resolve(module: str, node: ast.ImportFrom) -> str:
    """The absolute module a `from ... import` reads from."""
    if not node.level:
        return node.module or ""
    base = module.split(".") if is_package(module) else module.split(".")[:-1]
    base = base[: len(base) - (node.level - 1)]
    return ".".join([*base, node.module] if node.module else base)


@functools.cache
def imports() -> tuple[Import, ...]:
    found = []
    for name, path in modules().items():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            if isinstance(node, ast.Import):
                found += [Import(name, alias.name, node.lineno) for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                source = resolve(name, node)
                for alias in node.names:
                    sub = f"{source}.{alias.name}"
                    found.append(Import(name, sub if sub in modules() else source, node.lineno))
    return tuple(sorted(set(found), key=lambda i: (i.module, i.line, i.target)))


def within(name: str, *packages: str) -> bool:
    """Whether the dotted name is one of packages or inside one of them."""
    return any(name == p or name.startswith(p + ".") for p in packages)


def listed(offenders: list[Import] | list[str]) -> str:
    return "\n  " + "\n  ".join(map(str, offenders))


def test_only_the_index_imports_whoosh():
    offenders = [
        i for i in imports() if within(i.target, "whoosh") and not within(i.module, "clkarchive.index")
    ]
    assert not offenders, "whoosh imported outside clkarchive/index/:" + listed(offenders)


def test_the_sync_imports_neither_search_nor_web():
    offenders = [
        i
        for i in imports()
        if within(i.module, "clkarchive.sync") and within(i.target, "clkarchive.search", "clkarchive.web")
    ]
    assert not offenders, "clkarchive/sync/ imports search or web:" + listed(offenders)


WEB_MAY_IMPORT = (
    "clkarchive.archive",
    "clkarchive.models",
    "clkarchive.errors",
    "clkarchive.config",
    "clkarchive._version",
    "clkarchive.web",
)


def test_the_web_imports_only_the_public_face_of_the_package():
    offenders = [
        i
        for i in imports()
        if within(i.module, "clkarchive.web")
        and within(i.target, "clkarchive")
        and i.target != "clkarchive"
        and not within(i.target, *WEB_MAY_IMPORT)
    ]
    allowed = ", ".join(["clkarchive", *WEB_MAY_IMPORT[:-1], "clkarchive.web.*"])
    assert not offenders, f"clkarchive/web/ imports beyond {allowed}:" + listed(offenders)


def test_the_index_imports_none_of_the_sides_that_use_it():
    above = tuple(f"clkarchive.{name}" for name in ("search", "sync", "pictures", "web", "archive", "cli"))
    offenders = [i for i in imports() if within(i.module, "clkarchive.index") and within(i.target, *above)]
    assert not offenders, "clkarchive/index/ imports " + ", ".join(above) + ":" + listed(offenders)


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module, or of one that imports itself
    (Tarjan's algorithm)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph[v]):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1 or v in graph[v]:
                found.append(sorted(component))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return sorted(found)


def a_cycle_through(start: str, graph: dict[str, set[str]], component: set[str]) -> list[str]:
    """One import path from start back to itself, inside its component (breadth first: a shortest)."""
    paths = {w: [start, w] for w in sorted(graph[start] & component)}
    queue = list(paths)
    while start not in paths:
        v = queue.pop(0)
        for w in sorted(graph[v] & component):
            if w not in paths:
                paths[w] = [*paths[v], w]
                queue.append(w)
    return paths[start]


def test_no_import_cycle_among_the_modules():
    graph: dict[str, set[str]] = {name: set() for name in modules()}
    for i in imports():
        if i.target in graph:
            graph[i.module].add(i.target)
    offenders = [
        f"{len(c)} modules: " + " -> ".join(a_cycle_through(c[0], graph, set(c))) + f"  (all: {', '.join(c)})"
        for c in cycles(graph)
    ]
    assert not offenders, "import cycles:" + listed(offenders)


def test_few_modules_directly_in_the_package():
    top = sorted(p.name for p in PACKAGE.glob("*.py"))
    assert len(top) <= MAX_TOP_LEVEL_MODULES, (
        f"{len(top)} modules directly in src/clkarchive/ (at most {MAX_TOP_LEVEL_MODULES}):" + listed(top)
    )


def test_the_package_is_split_into_subpackages():
    subpackages = sorted(p.parent.name for p in PACKAGE.glob("*/__init__.py"))
    assert len(subpackages) >= MIN_SUBPACKAGES, (
        f"{len(subpackages)} subpackages of clkarchive (at least {MIN_SUBPACKAGES}):" + listed(subpackages)
    )


def test_no_module_is_over_600_lines():
    sizes = {name: len(path.read_text(encoding="utf-8").splitlines()) for name, path in modules().items()}
    offenders = [f"{name}: {n} lines" for name, n in sorted(sizes.items()) if n > MAX_LINES]
    assert not offenders, f"modules over {MAX_LINES} lines:" + listed(offenders)
