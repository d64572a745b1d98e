"""Pure domain rules: no I/O, no database, no web. Readable beside the regulations."""


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
