"""Write the OCR models clkarchive ships (src/clkarchive/pictures/models/) from the wheel's own.

Run:  pip install onnx   (a tool for this script only; clkarchive never imports it)
      python bench/ocr_models.py [--check]

rapidocr-onnxruntime ships PaddleOCR's PP-OCRv4 detection and recognition models as Paddle exported
them: every convolution is followed by a "learnable affine block" (a multiplication and an addition
by one number each, before and after its activation), and each hard-swish activation is spelled out
as four operations (add 3, clip to 0..6, multiply, divide by 6). onnxruntime fuses none of these:
detection ran 233 element-wise operations over its feature maps beside its 62 convolutions,
recognition 277 beside 38. This script writes the same networks with that arithmetic moved into the
weights where it can be (96 and 128 operations left):

- a convolution followed by `* a` and `+ b` (single numbers) gets weights W*a and bias B*a + b;
- x * clip(x + 3, 0, 6) / 6 becomes x * HardSigmoid(x) (alpha 1/6, beta 1/2): two operations;
- `* c` and `+ d` before a convolution: a 1 x 1 convolution takes both (W*c, B + d * sum of W); one
  with padding takes only `* c` (its padding must stay zero), leaving `+ d/c`.

The sums differ from the originals only by float rounding (largest difference measured: 5e-5 in
the detection map, 4e-4 in a recognised character's probability), and read the same text
(bench/README.md, "OCR's CPU"). Nothing else changes: the inputs, outputs and the recogniser's
character list (its metadata) are the wheel's. --check rewrites nothing and exits 1 if the
committed models are not what this script writes from the installed wheel.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from pathlib import Path

import numpy as np

try:
    import onnx
    from onnx import helper, numpy_helper
except ImportError:
    sys.exit("bench/ocr_models.py needs the onnx package: pip install onnx")

OUT = Path(__file__).resolve().parent.parent / "src" / "clkarchive" / "pictures" / "models"
# The wheel's models this script was written for (rapidocr-onnxruntime 1.4.4), by sha256: another
# version's may be built otherwise, and the rewrite below only knows this one's patterns.
SOURCES = {
    "det": ("ch_PP-OCRv4_det_infer.onnx", "d2a7720d45a54257208b1e13e36a8479894cb74155a5efe29462512d42f49da9"),
    "rec": ("ch_PP-OCRv4_rec_infer.onnx", "48fc40f24f6d2a207a2b1091d3437eb3cc3eb6b676dc3ef9c37384005483683b"),
}


class Graph:
    """The model's nodes and constants, with who reads each value."""

    def __init__(self, model: onnx.ModelProto) -> None:
        self.model, self.graph = model, model.graph
        # Paddle's exporter writes weights as Constant nodes: make them initializers, which the
        # folds below read and replace.
        for node in [n for n in self.graph.node if n.op_type == "Constant"]:
            tensor = onnx.TensorProto()
            tensor.CopyFrom(node.attribute[0].t)
            tensor.name = node.output[0]
            self.graph.initializer.append(tensor)
            self.graph.node.remove(node)
        self.dropped: set[str] = set()
        self.replaced: dict[str, list[onnx.NodeProto]] = {}  # a node's name: the nodes in its place
        self.made = 0

    def nodes(self) -> list[onnx.NodeProto]:
        """The nodes as rewritten so far, in order."""
        nodes = [m for n in self.graph.node for m in self.replaced.get(n.name, [n])]
        return [n for n in nodes if n.name not in self.dropped]

    def readers(self, value: str) -> list[onnx.NodeProto]:
        return [n for n in self.nodes() if value in n.input]

    def array(self, name: str) -> np.ndarray | None:
        for tensor in self.graph.initializer:
            if tensor.name == name:
                return numpy_helper.to_array(tensor)
        return None

    def scalar(self, name: str) -> float | None:
        value = self.array(name)
        return float(value.ravel()[0]) if value is not None and value.size == 1 else None

    def constant(self, value: np.ndarray) -> str:
        self.made += 1
        name = f"clkarchive.folded.{self.made}"
        self.graph.initializer.append(numpy_helper.from_array(value.astype(np.float32), name))
        return name

    def only_reader(self, value: str, op: str) -> onnx.NodeProto | None:
        readers = self.readers(value)
        return readers[0] if len(readers) == 1 and readers[0].op_type == op else None

    def by_scalar(self, node: onnx.NodeProto) -> tuple[str, float] | None:
        """(the other input, the number) for a Mul or Add of a value by a single number."""
        if len(node.input) != 2:
            return None
        for value, number in ((node.input[0], node.input[1]), (node.input[1], node.input[0])):
            if (k := self.scalar(number)) is not None and self.scalar(value) is None:
                return value, k
        return None

    def weights(self, conv: onnx.NodeProto) -> tuple[np.ndarray, np.ndarray]:
        w = self.array(conv.input[1])
        assert w is not None, conv.name
        b = self.array(conv.input[2]) if len(conv.input) > 2 and conv.input[2] else None
        return w.astype(np.float32), (np.zeros(w.shape[0], np.float32) if b is None else b.astype(np.float32))

    def set_weights(self, conv: onnx.NodeProto, w: np.ndarray, b: np.ndarray) -> None:
        del conv.input[1:]
        conv.input.extend([self.constant(w), self.constant(b)])

    def drop(self, node: onnx.NodeProto) -> None:
        self.dropped.add(node.name)

    def replace(self, node: onnx.NodeProto, nodes: list[onnx.NodeProto]) -> None:
        self.drop(node)
        self.replaced[node.name] = nodes

    def finish(self) -> onnx.ModelProto:
        kept = self.nodes()
        del self.graph.node[:]
        self.graph.node.extend(kept)
        used = {i for n in kept for i in n.input}
        tensors = [t for t in self.graph.initializer if t.name in used]
        del self.graph.initializer[:]
        self.graph.initializer.extend(tensors)
        onnx.checker.check_model(self.model)
        return self.model


def fold_after_conv(g: Graph) -> int:
    """conv -> * a -> + b (single numbers): into the convolution's weights and bias."""
    folded = 0
    for conv in g.nodes():
        if conv.op_type != "Conv" or g.array(conv.input[1]) is None:
            continue
        while (after := g.readers(conv.output[0])) and len(after) == 1 and after[0].op_type in ("Mul", "Add"):
            op = g.by_scalar(after[0])
            if op is None or op[0] != conv.output[0]:
                break
            w, b = g.weights(conv)
            k = np.float32(op[1])
            w, b = (w * k, b * k) if after[0].op_type == "Mul" else (w, b + k)
            g.set_weights(conv, w, b)
            conv.output[0] = after[0].output[0]
            g.drop(after[0])
            folded += 1
    return folded


def hard_swish(g: Graph) -> int:
    """x * clip(x + 3, 0, 6) / 6 -> x * HardSigmoid(x; 1/6, 1/2)."""
    rewritten = 0
    for add in g.nodes():
        op = g.by_scalar(add) if add.op_type == "Add" else None
        if op is None or op[1] != 3.0:
            continue
        x = op[0]
        clip = g.only_reader(add.output[0], "Clip")
        if clip is None or [g.scalar(v) for v in clip.input[1:]] != [0.0, 6.0]:
            continue
        mul = g.only_reader(clip.output[0], "Mul")
        if mul is None or set(mul.input) != {x, clip.output[0]}:
            continue
        div = g.only_reader(mul.output[0], "Div")
        if div is None or div.input[0] != mul.output[0] or g.scalar(div.input[1]) != 6.0:
            continue
        for node in (add, clip, mul):
            g.drop(node)
        gate = f"{div.output[0]}.gate"
        g.replace(
            div,
            [
                helper.make_node("HardSigmoid", [x], [gate], name=f"{div.name}.hs", alpha=1 / 6, beta=0.5),
                helper.make_node("Mul", [x, gate], [div.output[0]], name=f"{div.name}.mul"),
            ],
        )
        rewritten += 1
    return rewritten


def fold_before_conv(g: Graph) -> int:
    """* c -> + d -> conv: a 1 x 1 convolution takes both; a padded one takes * c, leaving + d/c."""
    folded = 0
    for mul in g.nodes():
        op = g.by_scalar(mul) if mul.op_type == "Mul" else None
        add = g.only_reader(mul.output[0], "Add")
        plus = g.by_scalar(add) if add is not None else None
        if op is None or add is None or plus is None:
            continue
        (x, c), d = op, plus[1]
        convs = g.readers(add.output[0])
        if not convs or any(n.op_type != "Conv" or g.array(n.input[1]) is None for n in convs):
            continue
        # A 1 x 1 convolution without padding sees every pixel's + d; a padded one sees zeros at its edges.
        pointwise = all(_attr(n, "kernel_shape") == [1, 1] and not any(_attr(n, "pads") or []) for n in convs)
        if not pointwise and c == 0:
            continue
        for conv in convs:
            w, b = g.weights(conv)
            if pointwise:
                b = b + np.float32(d) * w.sum(axis=(1, 2, 3))
                conv.input[0] = x
            g.set_weights(conv, w * np.float32(c), b)
        g.drop(mul)
        if pointwise:
            g.drop(add)
        else:
            del add.input[:]
            add.input.extend([x, g.constant(np.array([d / c]))])
        folded += 1
    return folded


def _attr(node: onnx.NodeProto, name: str) -> list[int] | None:
    return next((list(a.ints) for a in node.attribute if a.name == name), None)


def folded(source: Path, sha256: str) -> tuple[bytes, str]:
    """The rewritten model's bytes, and what was rewritten. Its metadata names the model it was
    written from (key "clkarchive"), beside the wheel's own (the recogniser's characters)."""
    model = onnx.load(str(source))
    helper.set_model_props(
        model,
        {p.key: p.value for p in model.metadata_props}
        | {"clkarchive": f"bench/ocr_models.py from {source.name}, sha256 {sha256}"},
    )
    for i, node in enumerate(model.graph.node):
        node.name = node.name or f"node.{i}"
    g = Graph(model)
    counts = (fold_after_conv(g), hard_swish(g), fold_before_conv(g))
    data = g.finish().SerializeToString()
    return data, "{} affine blocks into their convolutions, {} hard-swish, {} into the next".format(*counts)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="compare with the committed models, write nothing")
    args = ap.parse_args()
    import rapidocr_onnxruntime

    wheel = Path(rapidocr_onnxruntime.__file__).parent / "models"
    stale = False
    for kind, (name, sha256) in SOURCES.items():
        source = wheel / name
        if hashlib.sha256(source.read_bytes()).hexdigest() != sha256:
            sys.exit(f"{source}: not the model this script was written for (sha256 {sha256[:12]}...)")
        data, what = folded(source, sha256)
        target = OUT / f"{kind}.onnx"
        if args.check:
            same = target.exists() and target.read_bytes() == data
            stale |= not same
            print(f"{target.name}: {'as written' if same else 'differs from what this script writes'}")
        else:
            OUT.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
            print(f"{target.name}: {len(data):,} bytes; {what}")
    sys.exit(1 if stale else 0)


if __name__ == "__main__":
    main()
