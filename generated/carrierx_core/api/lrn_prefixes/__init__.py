"""Operations of the `lrn_prefixes` group: one module each."""
