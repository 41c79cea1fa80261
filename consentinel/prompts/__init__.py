"""Pure judgement helpers for consent prompts: control roles (:mod:`.roles`) and visual weight
(:mod:`.visual`). Discovery and exploration drive a page and live in :mod:`consentinel.gather`;
the prompt facts they return are :mod:`consentinel.facts.prompt`.
"""
