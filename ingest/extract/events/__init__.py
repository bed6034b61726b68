"""Argument rules per event type: each module's ``build(ctx)`` turns one trigger group
into candidates with roles, place, date and modality. Must not import ``api``."""
