"""Print a CloudFormation YAML template as JSON on stdout.

Short-form intrinsics (!Ref, !Sub, !GetAtt, ...) become their long forms,
so the result is the JSON template CloudFormation itself would read.
Usage: python3 template2json.py template.yaml
"""
import json
import sys

import yaml


class Loader(yaml.SafeLoader):
    pass


def intrinsic(loader, suffix, node):
    if isinstance(node, yaml.ScalarNode):
        value = loader.construct_scalar(node)
    elif isinstance(node, yaml.SequenceNode):
        value = loader.construct_sequence(node, deep=True)
    else:
        value = loader.construct_mapping(node, deep=True)
    if suffix == "Ref":
        return {"Ref": value}
    if suffix == "GetAtt" and isinstance(value, str):
        value = value.split(".", 1)
    if suffix == "Condition":
        return {"Condition": value}
    return {"Fn::" + suffix: value}


Loader.add_multi_constructor("!", intrinsic)

with open(sys.argv[1], encoding="utf-8") as f:
    json.dump(yaml.load(f, Loader=Loader), sys.stdout, indent=1, default=str)
