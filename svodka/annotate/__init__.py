"""Annotation: natasha sentences, tokens, lemmas, morphology, syntax and NER, batched."""
from .natasha import Annotator, NatashaModels

__all__ = ["Annotator", "NatashaModels"]
