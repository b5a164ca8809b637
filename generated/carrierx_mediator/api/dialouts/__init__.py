"""Operations of the `dialouts` group: one module each."""
