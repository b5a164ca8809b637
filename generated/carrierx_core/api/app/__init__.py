"""Operations of the `app` group: one module each."""
