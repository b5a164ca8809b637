"""Operations of the `shortener` group: one module each."""
