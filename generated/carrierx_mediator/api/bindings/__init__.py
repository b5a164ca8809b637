"""Operations of the `bindings` group: one module each."""
