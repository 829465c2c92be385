// Tags of constant objects in a .mpy file (py/persistentcode.h MP_PERSISTENT_OBJ_*), shared by the
// writer and the reader.

export const ObjTag = { FUN_TABLE: 0, NONE: 1, FALSE: 2, TRUE: 3, ELLIPSIS: 4, STR: 5, BYTES: 6, INT: 7, FLOAT: 8, COMPLEX: 9, TUPLE: 10 } as const;
