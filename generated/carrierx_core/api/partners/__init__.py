"""Operations of the `partners` group: one module each."""
