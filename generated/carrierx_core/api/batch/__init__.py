"""Operations of the `batch` group: one module each."""
