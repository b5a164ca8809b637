"""Operations of the `did_line_information` group: one module each."""
