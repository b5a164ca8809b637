"""Operations of the `did_emergency` group: one module each."""
