#!/usr/bin/env python3
"""Writes a small TorchScript model for Federation Studio's "bring your own model".

The default output, tests/data/tiny-mlp.pt, is the test fixture: an MLP for the Synthetic(α, β)
data set (60 features, 10 classes) with a BatchNorm layer, so that the tests also cover a
module with buffers. Other shapes work the same way, e.g. for Fashion-MNIST:

    scripts/make-torchscript-fixture.py --features 784 --hidden 128 --out fashion-mlp.pt

Needs PyTorch (Debian: apt-get install python3-torch); only to make the file, never to run a
federation. The file is torch.jit.save(torch.jit.script(model)); LibTorch loads it with
torch::jit::load.
"""
import argparse

import torch
from torch import nn


class TinyMlp(nn.Module):
    def __init__(self, features: int, hidden: int, classes: int):
        super().__init__()
        self.fc1 = nn.Linear(features, hidden)
        self.norm = nn.BatchNorm1d(hidden)
        self.fc2 = nn.Linear(hidden, classes)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        # Images arrive as N×C×H×W, tables as N×D: flatten both.
        x = torch.flatten(x, 1)
        return self.fc2(torch.relu(self.norm(self.fc1(x))))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--features", type=int, default=60, help="inputs per sample (60)")
    parser.add_argument("--hidden", type=int, default=16, help="hidden units (16)")
    parser.add_argument("--classes", type=int, default=10, help="logits per sample (10)")
    parser.add_argument("--seed", type=int, default=1, help="initial weights' seed (1)")
    parser.add_argument("--out", default="tests/data/tiny-mlp.pt")
    args = parser.parse_args()
    torch.manual_seed(args.seed)
    model = TinyMlp(args.features, args.hidden, args.classes).float()
    scripted = torch.jit.script(model)
    torch.jit.save(scripted, args.out)
    parameters = sum(p.numel() for p in model.parameters())
    print("%s: %d parameters (%s)" % (args.out, parameters,
                                       ", ".join(n for n, _ in model.named_parameters())))


if __name__ == "__main__":
    main()
