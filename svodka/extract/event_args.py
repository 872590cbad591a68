"""Event arguments read from the syntax tree: who acted, on whom, and where.

The tree and its argument reading live in event_tree.py; here, the roles of one trigger:
agent and patient by voice and the type's prepositions, and the place.
"""
from __future__ import annotations

from dataclasses import dataclass

from .event_tree import CLIMB_RELS, Arg, Tree, Trigger, agree

PLACE_PREPS = {"в", "на", "под", "около", "у", "возле", "из", "близ", "вблизи"}


# --- roles of one trigger ------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class TypeSpec:
    """One line of event_types.txt."""

    name: str
    plover: str
    acled: str
    genitive: str                  # agent | patient
    patient_preps: frozenset
    agent_preps: frozenset


def read_roles(tree: Tree, trig: Trigger, spec: TypeSpec) -> tuple[Arg | None, Arg | None, Arg | None]:
    """(agent, patient, location) of a trigger."""
    if trig.kind == "verb":
        agent, patient = verb_roles(tree, trig, spec)
    else:
        agent, patient = noun_roles(tree, trig, spec)
    if patient is None:
        patient = first_arg(tree, [c for t in trig.tokens if t != trig.head for c in tree.kids(t, "nmod")
                                   if not tree.prep(c) and c not in trig.tokens and tree.entity_of(c)])
    if spec.name == "travel" and patient is not None and tree.mention_type(patient.head) == "LOC":
        return agent, None, patient     # "посетил Ташкент": the place visited
    return agent, patient, find_location(tree, trig, agent, patient)


def verb_roles(tree: Tree, trig: Trigger, spec: TypeSpec) -> tuple[Arg | None, Arg | None]:
    v = trig.head
    passive = tree.tokens[v].feats.get("Voice") == "Pass" or bool(tree.kids(v, "nsubj:pass", "aux:pass"))
    if passive:
        patient = first_arg(tree, tree.kids(v, "nsubj:pass") + tree.kids(v, "nsubj"))
        agent = first_arg(tree, [c for c in tree.kids(v, "obl")
                                 if not tree.prep(c) and tree.tokens[c].feats.get("Case") == "Ins"])
    else:
        s = subject(tree, v)
        agent = tree.argument(s) if s >= 0 else None
        objects = [c for c in tree.kids(v, "obj") + tree.kids(v, "iobj") if c not in trig.tokens]
        patient = first_arg(tree, objects)
    around = [c for t in trig.tokens for c in tree.children[t] if c not in trig.tokens]
    patient = patient or prep_arg(tree, around, spec.patient_preps)
    agent = agent or prep_arg(tree, around, spec.agent_preps)
    return agent, patient


def noun_roles(tree: Tree, trig: Trigger, spec: TypeSpec) -> tuple[Arg | None, Arg | None]:
    own = [c for t in trig.tokens for c in tree.children[t] if c not in trig.tokens]
    gens = [c for c in own if tree.tokens[c].rel == "nmod" and not tree.prep(c)
            and tree.tokens[c].feats.get("Case") == "Gen"]
    gen = first_arg(tree, gens)
    agent, patient = (gen, None) if spec.genitive == "agent" else (None, gen)
    host = trig.host
    host_side: list[int] = []
    if host >= 0:
        host_side = [c for c in tree.kids(host, "obl") if c not in trig.tokens]
        if tree.tokens[_coord_root(tree, trig.head)].rel in ("obj", "obl", "xcomp"):
            if agent is None:
                s = subject(tree, host)
                agent = tree.argument(s) if s >= 0 else None
            patient = patient or first_arg(tree, tree.kids(host, "iobj"))
    patient = patient or prep_arg(tree, own + host_side, spec.patient_preps)
    agent = agent or prep_arg(tree, own + host_side, spec.agent_preps)
    return agent, patient


def _coord_root(tree: Tree, i: int) -> int:
    while tree.tokens[i].rel == "conj" and tree.tokens[i].head >= 0 \
            and tree.tokens[tree.tokens[i].head].pos in ("NOUN", "PROPN"):
        i = tree.tokens[i].head
    return i


def subject(tree: Tree, v: int, depth: int = 0) -> int:
    """The doer of verb ``v``: its subject, a controlling verb's subject (or object), or a
    conjoined verb's subject when the two agree ("обратился ... и попросил")."""
    found = sorted(tree.kids(v, "nsubj"), key=lambda s: abs(s - v))
    if found or depth > 3:
        return found[0] if found else -1
    t = tree.tokens[v]
    if t.head < 0:
        return -1
    gov = t.head
    if t.rel == "xcomp" and tree.is_verb(gov):
        if tree.tokens[gov].lemma in tree.actors.get("control", ()):
            objs = tree.kids(gov, "obj") or tree.kids(gov, "iobj")
            if objs:
                return objs[0]
        return subject(tree, gov, depth + 1)
    if t.rel == "conj" and tree.is_verb(gov):
        s = subject(tree, gov, depth + 1)
        if s >= 0 and agree(tree.tokens[s], t.feats.get("Number", ""), t.feats.get("Gender", "")):
            return s
    return -1


def first_arg(tree: Tree, candidates: list[int]) -> Arg | None:
    for c in candidates:
        if tree.date_like(c):
            continue
        found = tree.argument(c)
        if found:
            return found
    return None


def prep_arg(tree: Tree, candidates: list[int], preps: frozenset) -> Arg | None:
    return first_arg(tree, [c for c in candidates if tree.tokens[c].rel in ("obl", "nmod")
                            and tree.prep(c) in preps]) if preps else None


def find_location(tree: Tree, trig: Trigger, agent: Arg | None, patient: Arg | None) -> Arg | None:
    """A place: a LOC on the trigger ("в Алматы", "в центре Бишкека"), else one in its clause,
    else one in a clause above it; never the agent, nor a genitive place inside the agent's
    or patient's phrase ("МИД Узбекистана")."""
    near = [*trig.tokens, *([trig.host] if trig.host >= 0 else []), *trig.relcl]
    places = tree.actors.get("place", set())
    for deep in (False, True):
        for a in near:
            for c in tree.children[a]:
                if tree.tokens[c].rel not in ("obl", "nmod") or c in trig.tokens or tree.prep(c) not in PLACE_PREPS:
                    continue
                cands = [c] if not deep else [g for g in tree.kids(c, "nmod") if tree.tokens[c].lemma in places]
                for cand in cands:
                    found = tree.entity_of(cand) if tree.mention_type(cand) == "LOC" else None
                    if found and (agent is None or found.entity != agent.entity):
                        return found
    taken = {a.entity for a in (agent, patient) if a is not None and a.entity >= 0}
    inside = {a.head for a in (agent, patient) if a is not None and a.head >= 0}
    sent = tree.tokens[trig.head].sent
    far = set(clause_chain(tree, trig.host if trig.host >= 0 else trig.head))
    for scope in (set(near), far):
        for i in tree.sentence_tokens(sent):
            if tree.mention_type(i) != "LOC" or (i > 0 and tree.mention_at[i - 1] == tree.mention_at[i]):
                continue
            owned = not inside.isdisjoint(tree.ancestors(i)) and not tree.prep(i)
            if tree.clause_of(i) in scope and not owned:
                found = tree.entity_of(i)
                if found and found.entity not in taken:
                    return found
    return None


def clause_chain(tree: Tree, i: int) -> list[int]:
    """The verbs above ``i`` through coordination and clause links (not through nouns)."""
    out = []
    while i >= 0 and tree.tokens[i].rel in CLIMB_RELS:
        i = tree.tokens[i].head
        if i >= 0 and tree.is_verb(i):
            out.append(i)
    return out
