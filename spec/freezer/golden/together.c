#include "py/mpconfig.h"
#include "py/objint.h"
#include "py/objstr.h"
#include "py/emitglue.h"
#include "py/nativeglue.h"

#if MICROPY_LONGINT_IMPL != 2
#error "incompatible MICROPY_LONGINT_IMPL"
#endif

#if MPZ_DIG_SIZE != 16
#error "incompatible MPZ_DIG_SIZE"
#endif

#if MICROPY_PY_BUILTINS_FLOAT
typedef struct _mp_obj_float_t {
    mp_obj_base_t base;
    mp_float_t value;
} mp_obj_float_t;
#endif

#if MICROPY_PY_BUILTINS_COMPLEX
typedef struct _mp_obj_complex_t {
    mp_obj_base_t base;
    mp_float_t real;
    mp_float_t imag;
} mp_obj_complex_t;
#endif

enum {
    MP_QSTR__percent_s_space_with_space__percent_d_space_sides = MP_QSTRnumber_of,
    MP_QSTR__lt_genexpr_gt_,
    MP_QSTR_AA,
    MP_QSTR_AREA,
    MP_QSTR_MASK,
    MP_QSTR_Shape,
    MP_QSTR_Shape_paren_open__percent_r_paren_close_,
    MP_QSTR_Square,
    MP_QSTR_Vec,
    MP_QSTR_WIDTH,
    MP_QSTR___add__,
    MP_QSTR___contains__,
    MP_QSTR___eq__,
    MP_QSTR__size,
    MP_QSTR_a,
    MP_QSTR_ab,
    MP_QSTR_area,
    MP_QSTR_b,
    MP_QSTR_blob,
    MP_QSTR_chain,
    MP_QSTR_classes_dot_py,
    MP_QSTR_cls,
    MP_QSTR_concatenated,
    MP_QSTR_consts_dot_py,
    MP_QSTR_continued,
    MP_QSTR_countdown,
    MP_QSTR_describe,
    MP_QSTR_done,
    MP_QSTR_e,
    MP_QSTR_echo,
    MP_QSTR_g,
    MP_QSTR_generators_dot_py,
    MP_QSTR_i,
    MP_QSTR_literals_dot_py,
    MP_QSTR_multi_0x0a_line,
    MP_QSTR_n,
    MP_QSTR_name,
    MP_QSTR_named,
    MP_QSTR_other,
    MP_QSTR_pixel,
    MP_QSTR_property,
    MP_QSTR_quote_quot_s,
    MP_QSTR_raw_backslash_n,
    MP_QSTR_s,
    MP_QSTR_short,
    MP_QSTR_sides,
    MP_QSTR_size,
    MP_QSTR_square,
    MP_QSTR_tab_0x09_here,
    MP_QSTR_unit,
    MP_QSTR_uni_eacute_,
    MP_QSTR_v,
    MP_QSTR_x,
    MP_QSTR_xs,
    MP_QSTR_y,
};

const qstr_hash_t mp_qstr_frozen_const_hashes[] = {
    45816,
    27188,
    29221,
    53074,
    47761,
    18154,
    22524,
    43684,
    64149,
    23747,
    33476,
    24518,
    15985,
    44511,
    46532,
    28198,
    50834,
    46535,
    20646,
    49128,
    17114,
    19545,
    24366,
    27444,
    53824,
    32404,
    40,
    837,
    46528,
    28580,
    46530,
    24546,
    46540,
    15578,
    15976,
    46539,
    30114,
    10630,
    39073,
    61517,
    10690,
    23598,
    5011,
    46550,
    64151,
    47181,
    42272,
    26052,
    64865,
    18819,
    28445,
    46547,
    46557,
    28942,
    46556,
};

const qstr_len_t mp_qstr_frozen_const_lengths[] = {
    16,
    9,
    2,
    4,
    4,
    5,
    9,
    6,
    3,
    5,
    7,
    12,
    6,
    5,
    1,
    2,
    4,
    1,
    4,
    5,
    10,
    3,
    12,
    9,
    9,
    9,
    8,
    4,
    1,
    4,
    1,
    13,
    1,
    11,
    10,
    1,
    4,
    5,
    5,
    5,
    8,
    7,
    5,
    1,
    5,
    5,
    4,
    6,
    8,
    4,
    5,
    1,
    1,
    2,
    1,
};

extern const qstr_pool_t mp_qstr_const_pool;
const qstr_pool_t mp_qstr_frozen_const_pool = {
    &mp_qstr_const_pool, // previous pool
    MP_QSTRnumber_of, // previous pool size
    true, // is_sorted
    10, // allocated entries
    55, // used entries
    (qstr_hash_t *)mp_qstr_frozen_const_hashes,
    (qstr_len_t *)mp_qstr_frozen_const_lengths,
    {
        "%s with %d sides",
        "<genexpr>",
        "AA",
        "AREA",
        "MASK",
        "Shape",
        "Shape(%r)",
        "Square",
        "Vec",
        "WIDTH",
        "__add__",
        "__contains__",
        "__eq__",
        "_size",
        "a",
        "ab",
        "area",
        "b",
        "blob",
        "chain",
        "classes.py",
        "cls",
        "concatenated",
        "consts.py",
        "continued",
        "countdown",
        "describe",
        "done",
        "e",
        "echo",
        "g",
        "generators.py",
        "i",
        "literals.py",
        "\x6d\x75\x6c\x74\x69\x0a\x6c\x69\x6e\x65",
        "n",
        "name",
        "named",
        "other",
        "pixel",
        "property",
        "\x71\x75\x6f\x74\x65\x22\x73",
        "\x72\x61\x77\x5c\x6e",
        "s",
        "short",
        "sides",
        "size",
        "square",
        "\x74\x61\x62\x09\x68\x65\x72\x65",
        "unit",
        "\x75\x6e\x69\xc3\xa9",
        "v",
        "x",
        "xs",
        "y",
    },
};

////////////////////////////////////////////////////////////////////////////////
// frozen module classes
// - original source file: classes.mpy
// - frozen file name: classes.py
// - .mpy header: 4d:06:00:1f

// frozen bytecode for file classes.py, scope classes__lt_module_gt_
static const byte fun_data_classes__lt_module_gt_[165] = {
    0x30,0x1c, // prelude
    0x01, // names: <module>
    0x20,0x89,0x0d,0x8b,0x1a,0x27,0x2f,0x35,0x36,0x6f,0x89,0x11,0x29, // code info
    0x54, // LOAD_BUILD_CLASS
    0x32,0x00, // MAKE_FUNCTION 0
    0x10,0x02, // LOAD_CONST_STRING 'Shape'
    0x34,0x02, // CALL_FUNCTION 2
    0x16,0x02, // STORE_NAME 'Shape'
    0x54, // LOAD_BUILD_CLASS
    0x32,0x01, // MAKE_FUNCTION 1
    0x10,0x03, // LOAD_CONST_STRING 'Square'
    0x11,0x02, // LOAD_NAME 'Shape'
    0x34,0x03, // CALL_FUNCTION 3
    0x16,0x03, // STORE_NAME 'Square'
    0x11,0x03, // LOAD_NAME 'Square'
    0x83, // LOAD_CONST_SMALL_INT 3
    0x34,0x01, // CALL_FUNCTION 1
    0x16,0x19, // STORE_NAME 's'
    0x11,0x1a, // LOAD_NAME 'print'
    0x11,0x19, // LOAD_NAME 's'
    0x14,0x04, // LOAD_METHOD 'describe'
    0x36,0x00, // CALL_METHOD 0
    0x11,0x19, // LOAD_NAME 's'
    0x13,0x05, // LOAD_ATTR 'area'
    0x34,0x02, // CALL_FUNCTION 2
    0x59, // POP_TOP
    0x11,0x1a, // LOAD_NAME 'print'
    0x11,0x19, // LOAD_NAME 's'
    0x11,0x03, // LOAD_NAME 'Square'
    0x83, // LOAD_CONST_SMALL_INT 3
    0x34,0x01, // CALL_FUNCTION 1
    0xd9, // BINARY_OP 2 __eq__
    0x11,0x19, // LOAD_NAME 's'
    0x11,0x03, // LOAD_NAME 'Square'
    0x84, // LOAD_CONST_SMALL_INT 4
    0x34,0x01, // CALL_FUNCTION 1
    0xd9, // BINARY_OP 2 __eq__
    0x34,0x02, // CALL_FUNCTION 2
    0x59, // POP_TOP
    0x11,0x1a, // LOAD_NAME 'print'
    0x11,0x19, // LOAD_NAME 's'
    0x11,0x03, // LOAD_NAME 'Square'
    0x14,0x06, // LOAD_METHOD 'unit'
    0x36,0x00, // CALL_METHOD 0
    0xf2, // BINARY_OP 27 __add__
    0x13,0x05, // LOAD_ATTR 'area'
    0x11,0x03, // LOAD_NAME 'Square'
    0x14,0x07, // LOAD_METHOD 'named'
    0x36,0x00, // CALL_METHOD 0
    0x34,0x02, // CALL_FUNCTION 2
    0x59, // POP_TOP
    0x11,0x1a, // LOAD_NAME 'print'
    0x11,0x1b, // LOAD_NAME 'repr'
    0x11,0x02, // LOAD_NAME 'Shape'
    0x10,0x08, // LOAD_CONST_STRING 'blob'
    0x34,0x01, // CALL_FUNCTION 1
    0x34,0x01, // CALL_FUNCTION 1
    0x34,0x01, // CALL_FUNCTION 1
    0x59, // POP_TOP
    0x54, // LOAD_BUILD_CLASS
    0x32,0x02, // MAKE_FUNCTION 2
    0x10,0x09, // LOAD_CONST_STRING 'Vec'
    0x34,0x02, // CALL_FUNCTION 2
    0x16,0x09, // STORE_NAME 'Vec'
    0x11,0x09, // LOAD_NAME 'Vec'
    0x81, // LOAD_CONST_SMALL_INT 1
    0x82, // LOAD_CONST_SMALL_INT 2
    0x83, // LOAD_CONST_SMALL_INT 3
    0x34,0x03, // CALL_FUNCTION 3
    0x16,0x1c, // STORE_NAME 'v'
    0x11,0x1a, // LOAD_NAME 'print'
    0x11,0x1d, // LOAD_NAME 'len'
    0x11,0x1c, // LOAD_NAME 'v'
    0x34,0x01, // CALL_FUNCTION 1
    0x11,0x1c, // LOAD_NAME 'v'
    0x81, // LOAD_CONST_SMALL_INT 1
    0x55, // LOAD_SUBSCR
    0x11,0x1e, // LOAD_NAME 'list'
    0x11,0x1c, // LOAD_NAME 'v'
    0x34,0x01, // CALL_FUNCTION 1
    0x82, // LOAD_CONST_SMALL_INT 2
    0x11,0x1c, // LOAD_NAME 'v'
    0xdd, // BINARY_OP 6 <in>
    0x85, // LOAD_CONST_SMALL_INT 5
    0x11,0x1c, // LOAD_NAME 'v'
    0xdd, // BINARY_OP 6 <in>
    0x34,0x05, // CALL_FUNCTION 5
    0x59, // POP_TOP
    0x51, // LOAD_CONST_NONE
    0x63, // RETURN_VALUE
};
// child of classes__lt_module_gt_
// frozen bytecode for file classes.py, scope classes_Shape
static const byte fun_data_classes_Shape[32] = {
    0x00,0x0a, // prelude
    0x02, // names: Shape
    0x48,0x43,0x64,0x64, // code info
    0x11,0x13, // LOAD_NAME '__name__'
    0x16,0x1f, // STORE_NAME '__module__'
    0x10,0x02, // LOAD_CONST_STRING 'Shape'
    0x16,0x20, // STORE_NAME '__qualname__'
    0x80, // LOAD_CONST_SMALL_INT 0
    0x16,0x0c, // STORE_NAME 'sides'
    0x32,0x00, // MAKE_FUNCTION 0
    0x16,0x0a, // STORE_NAME '__init__'
    0x32,0x01, // MAKE_FUNCTION 1
    0x16,0x04, // STORE_NAME 'describe'
    0x32,0x02, // MAKE_FUNCTION 2
    0x16,0x0d, // STORE_NAME '__repr__'
    0x51, // LOAD_CONST_NONE
    0x63, // RETURN_VALUE
};
// child of classes_Shape
// frozen bytecode for file classes.py, scope classes_Shape___init__
static const byte fun_data_classes_Shape___init__[13] = {
    0x1a,0x0a, // prelude
    0x0a,0x24,0x0b, // names: __init__, self, name
    0x60,0x40, // code info
    0xb1, // LOAD_FAST 1
    0xb0, // LOAD_FAST 0
    0x18,0x0b, // STORE_ATTR 'name'
    0x51, // LOAD_CONST_NONE
    0x63, // RETURN_VALUE
};
#if MICROPY_PERSISTENT_CODE_SAVE
static const mp_raw_code_truncated_t proto_fun_classes_Shape___init__ = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_BYTECODE,
    .is_generator = 0,
    .fun_data = fun_data_classes_Shape___init__,
    .children = NULL,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .fun_data_len = 13,
    .n_children = 0,
    #if MICROPY_EMIT_MACHINE_CODE
    .prelude_offset = 0,
    #endif
    #if MICROPY_PY_SYS_SETTRACE
    .line_of_definition = 0,
    .prelude = {
        .n_state = 4,
        .n_exc_stack = 0,
        .scope_flags = 0,
        .n_pos_args = 2,
        .n_kwonly_args = 0,
        .n_def_pos_args = 0,
        .qstr_block_name_idx = 10,
        .line_info = fun_data_classes_Shape___init__ + 5,
        .line_info_top = fun_data_classes_Shape___init__ + 7,
        .opcodes = fun_data_classes_Shape___init__ + 7,
    },
    #endif
    #endif
};
#else
#define proto_fun_classes_Shape___init__ fun_data_classes_Shape___init__[0]
#endif

// child of classes_Shape
// frozen bytecode for file classes.py, scope classes_Shape_describe
static const byte fun_data_classes_Shape_describe[18] = {
    0x19,0x08, // prelude
    0x04,0x24, // names: describe, self
    0x80,0x08, // code info
    0x23,0x00, // LOAD_CONST_OBJ 0
    0xb0, // LOAD_FAST 0
    0x13,0x0b, // LOAD_ATTR 'name'
    0xb0, // LOAD_FAST 0
    0x13,0x0c, // LOAD_ATTR 'sides'
    0x2a,0x02, // BUILD_TUPLE 2
    0xf8, // BINARY_OP 33 __mod__
    0x63, // RETURN_VALUE
};
#if MICROPY_PERSISTENT_CODE_SAVE
static const mp_raw_code_truncated_t proto_fun_classes_Shape_describe = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_BYTECODE,
    .is_generator = 0,
    .fun_data = fun_data_classes_Shape_describe,
    .children = NULL,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .fun_data_len = 18,
    .n_children = 0,
    #if MICROPY_EMIT_MACHINE_CODE
    .prelude_offset = 0,
    #endif
    #if MICROPY_PY_SYS_SETTRACE
    .line_of_definition = 0,
    .prelude = {
        .n_state = 4,
        .n_exc_stack = 0,
        .scope_flags = 0,
        .n_pos_args = 1,
        .n_kwonly_args = 0,
        .n_def_pos_args = 0,
        .qstr_block_name_idx = 4,
        .line_info = fun_data_classes_Shape_describe + 4,
        .line_info_top = fun_data_classes_Shape_describe + 6,
        .opcodes = fun_data_classes_Shape_describe + 6,
    },
    #endif
    #endif
};
#else
#define proto_fun_classes_Shape_describe fun_data_classes_Shape_describe[0]
#endif

// child of classes_Shape
// frozen bytecode for file classes.py, scope classes_Shape___repr__
static const byte fun_data_classes_Shape___repr__[13] = {
    0x11,0x08, // prelude
    0x0d,0x24, // names: __repr__, self
    0x80,0x0b, // code info
    0x10,0x0e, // LOAD_CONST_STRING 'Shape(%r)'
    0xb0, // LOAD_FAST 0
    0x13,0x0b, // LOAD_ATTR 'name'
    0xf8, // BINARY_OP 33 __mod__
    0x63, // RETURN_VALUE
};
#if MICROPY_PERSISTENT_CODE_SAVE
static const mp_raw_code_truncated_t proto_fun_classes_Shape___repr__ = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_BYTECODE,
    .is_generator = 0,
    .fun_data = fun_data_classes_Shape___repr__,
    .children = NULL,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .fun_data_len = 13,
    .n_children = 0,
    #if MICROPY_EMIT_MACHINE_CODE
    .prelude_offset = 0,
    #endif
    #if MICROPY_PY_SYS_SETTRACE
    .line_of_definition = 0,
    .prelude = {
        .n_state = 3,
        .n_exc_stack = 0,
        .scope_flags = 0,
        .n_pos_args = 1,
        .n_kwonly_args = 0,
        .n_def_pos_args = 0,
        .qstr_block_name_idx = 13,
        .line_info = fun_data_classes_Shape___repr__ + 4,
        .line_info_top = fun_data_classes_Shape___repr__ + 6,
        .opcodes = fun_data_classes_Shape___repr__ + 6,
    },
    #endif
    #endif
};
#else
#define proto_fun_classes_Shape___repr__ fun_data_classes_Shape___repr__[0]
#endif

static const mp_raw_code_t *const children_classes_Shape[] = {
    (const mp_raw_code_t *)&proto_fun_classes_Shape___init__,
    (const mp_raw_code_t *)&proto_fun_classes_Shape_describe,
    (const mp_raw_code_t *)&proto_fun_classes_Shape___repr__,
};

static const mp_raw_code_truncated_t proto_fun_classes_Shape = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_BYTECODE,
    .is_generator = 0,
    .fun_data = fun_data_classes_Shape,
    .children = (void *)&children_classes_Shape,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .fun_data_len = 32,
    .n_children = 3,
    #if MICROPY_EMIT_MACHINE_CODE
    .prelude_offset = 0,
    #endif
    #if MICROPY_PY_SYS_SETTRACE
    .line_of_definition = 0,
    .prelude = {
        .n_state = 1,
        .n_exc_stack = 0,
        .scope_flags = 0,
        .n_pos_args = 0,
        .n_kwonly_args = 0,
        .n_def_pos_args = 0,
        .qstr_block_name_idx = 2,
        .line_info = fun_data_classes_Shape + 3,
        .line_info_top = fun_data_classes_Shape + 7,
        .opcodes = fun_data_classes_Shape + 7,
    },
    #endif
    #endif
};

// child of classes__lt_module_gt_
// frozen bytecode for file classes.py, scope classes_Square
static const byte fun_data_classes_Square[66] = {
    0x10,0x19, // prelude
    0x03, // names: Square
    0x88,0x0f,0x43,0x66,0x20,0x68,0x20,0x64,0x64,0x68,0x20,0x00, // code info
    0x11,0x13, // LOAD_NAME '__name__'
    0x16,0x1f, // STORE_NAME '__module__'
    0x10,0x03, // LOAD_CONST_STRING 'Square'
    0x16,0x20, // STORE_NAME '__qualname__'
    0x84, // LOAD_CONST_SMALL_INT 4
    0x16,0x0c, // STORE_NAME 'sides'
    0xb0, // LOAD_FAST 0
    0x20,0x00,0x01, // MAKE_CLOSURE 0
    0x16,0x0a, // STORE_NAME '__init__'
    0x11,0x21, // LOAD_NAME 'property'
    0x32,0x01, // MAKE_FUNCTION 1
    0x34,0x01, // CALL_FUNCTION 1
    0x16,0x05, // STORE_NAME 'area'
    0x32,0x02, // MAKE_FUNCTION 2
    0x16,0x11, // STORE_NAME '__eq__'
    0x32,0x03, // MAKE_FUNCTION 3
    0x16,0x12, // STORE_NAME '__add__'
    0x11,0x22, // LOAD_NAME 'staticmethod'
    0x32,0x04, // MAKE_FUNCTION 4
    0x34,0x01, // CALL_FUNCTION 1
    0x16,0x06, // STORE_NAME 'unit'
    0x11,0x23, // LOAD_NAME 'classmethod'
    0x32,0x05, // MAKE_FUNCTION 5
    0x34,0x01, // CALL_FUNCTION 1
    0x16,0x07, // STORE_NAME 'named'
    0xb0, // LOAD_FAST 0
    0x63, // RETURN_VALUE
};
// child of classes_Square
// frozen bytecode for file classes.py, scope classes_Square___init__
static const byte fun_data_classes_Square___init__[27] = {
    0x2b,0x0e, // prelude
    0x0a,0x25,0x24,0x26, // names: __init__, *, self, size
    0x80,0x12,0x2c, // code info
    0x12,0x27, // LOAD_GLOBAL 'super'
    0x25,0x00, // LOAD_DEREF 0
    0xb1, // LOAD_FAST 1
    0x15,0x0a, // LOAD_SUPER_METHOD '__init__'
    0x10,0x0f, // LOAD_CONST_STRING 'square'
    0x36,0x01, // CALL_METHOD 1
    0x59, // POP_TOP
    0xb2, // LOAD_FAST 2
    0xb1, // LOAD_FAST 1
    0x18,0x10, // STORE_ATTR '_size'
    0x51, // LOAD_CONST_NONE
    0x63, // RETURN_VALUE
};
#if MICROPY_PERSISTENT_CODE_SAVE
static const mp_raw_code_truncated_t proto_fun_classes_Square___init__ = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_BYTECODE,
    .is_generator = 0,
    .fun_data = fun_data_classes_Square___init__,
    .children = NULL,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .fun_data_len = 27,
    .n_children = 0,
    #if MICROPY_EMIT_MACHINE_CODE
    .prelude_offset = 0,
    #endif
    #if MICROPY_PY_SYS_SETTRACE
    .line_of_definition = 0,
    .prelude = {
        .n_state = 6,
        .n_exc_stack = 0,
        .scope_flags = 0,
        .n_pos_args = 3,
        .n_kwonly_args = 0,
        .n_def_pos_args = 0,
        .qstr_block_name_idx = 10,
        .line_info = fun_data_classes_Square___init__ + 6,
        .line_info_top = fun_data_classes_Square___init__ + 9,
        .opcodes = fun_data_classes_Square___init__ + 9,
    },
    #endif
    #endif
};
#else
#define proto_fun_classes_Square___init__ fun_data_classes_Square___init__[0]
#endif

// child of classes_Square
// frozen bytecode for file classes.py, scope classes_Square_area
static const byte fun_data_classes_Square_area[14] = {
    0x11,0x08, // prelude
    0x05,0x24, // names: area, self
    0x80,0x17, // code info
    0xb0, // LOAD_FAST 0
    0x13,0x10, // LOAD_ATTR '_size'
    0xb0, // LOAD_FAST 0
    0x13,0x10, // LOAD_ATTR '_size'
    0xf4, // BINARY_OP 29 __mul__
    0x63, // RETURN_VALUE
};
#if MICROPY_PERSISTENT_CODE_SAVE
static const mp_raw_code_truncated_t proto_fun_classes_Square_area = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_BYTECODE,
    .is_generator = 0,
    .fun_data = fun_data_classes_Square_area,
    .children = NULL,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .fun_data_len = 14,
    .n_children = 0,
    #if MICROPY_EMIT_MACHINE_CODE
    .prelude_offset = 0,
    #endif
    #if MICROPY_PY_SYS_SETTRACE
    .line_of_definition = 0,
    .prelude = {
        .n_state = 3,
        .n_exc_stack = 0,
        .scope_flags = 0,
        .n_pos_args = 1,
        .n_kwonly_args = 0,
        .n_def_pos_args = 0,
        .qstr_block_name_idx = 5,
        .line_info = fun_data_classes_Square_area + 4,
        .line_info_top = fun_data_classes_Square_area + 6,
        .opcodes = fun_data_classes_Square_area + 6,
    },
    #endif
    #endif
};
#else
#define proto_fun_classes_Square_area fun_data_classes_Square_area[0]
#endif

// child of classes_Square
// frozen bytecode for file classes.py, scope classes_Square___eq__
static const byte fun_data_classes_Square___eq__[24] = {
    0x22,0x0a, // prelude
    0x11,0x24,0x28, // names: __eq__, self, other
    0x80,0x1a, // code info
    0x12,0x29, // LOAD_GLOBAL 'isinstance'
    0xb1, // LOAD_FAST 1
    0x12,0x03, // LOAD_GLOBAL 'Square'
    0x34,0x02, // CALL_FUNCTION 2
    0x46,0x07, // JUMP_IF_FALSE_OR_POP 7
    0xb1, // LOAD_FAST 1
    0x13,0x10, // LOAD_ATTR '_size'
    0xb0, // LOAD_FAST 0
    0x13,0x10, // LOAD_ATTR '_size'
    0xd9, // BINARY_OP 2 __eq__
    0x63, // RETURN_VALUE
};
#if MICROPY_PERSISTENT_CODE_SAVE
static const mp_raw_code_truncated_t proto_fun_classes_Square___eq__ = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_BYTECODE,
    .is_generator = 0,
    .fun_data = fun_data_classes_Square___eq__,
    .children = NULL,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .fun_data_len = 24,
    .n_children = 0,
    #if MICROPY_EMIT_MACHINE_CODE
    .prelude_offset = 0,
    #endif
    #if MICROPY_PY_SYS_SETTRACE
    .line_of_definition = 0,
    .prelude = {
        .n_state = 5,
        .n_exc_stack = 0,
        .scope_flags = 0,
        .n_pos_args = 2,
        .n_kwonly_args = 0,
        .n_def_pos_args = 0,
        .qstr_block_name_idx = 17,
        .line_info = fun_data_classes_Square___eq__ + 5,
        .line_info_top = fun_data_classes_Square___eq__ + 7,
        .opcodes = fun_data_classes_Square___eq__ + 7,
    },
    #endif
    #endif
};
#else
#define proto_fun_classes_Square___eq__ fun_data_classes_Square___eq__[0]
#endif

// child of classes_Square
// frozen bytecode for file classes.py, scope classes_Square___add__
static const byte fun_data_classes_Square___add__[19] = {
    0x22,0x0a, // prelude
    0x12,0x24,0x28, // names: __add__, self, other
    0x80,0x1d, // code info
    0x12,0x03, // LOAD_GLOBAL 'Square'
    0xb0, // LOAD_FAST 0
    0x13,0x10, // LOAD_ATTR '_size'
    0xb1, // LOAD_FAST 1
    0x13,0x10, // LOAD_ATTR '_size'
    0xf2, // BINARY_OP 27 __add__
    0x34,0x01, // CALL_FUNCTION 1
    0x63, // RETURN_VALUE
};
#if MICROPY_PERSISTENT_CODE_SAVE
static const mp_raw_code_truncated_t proto_fun_classes_Square___add__ = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_BYTECODE,
    .is_generator = 0,
    .fun_data = fun_data_classes_Square___add__,
    .children = NULL,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .fun_data_len = 19,
    .n_children = 0,
    #if MICROPY_EMIT_MACHINE_CODE
    .prelude_offset = 0,
    #endif
    #if MICROPY_PY_SYS_SETTRACE
    .line_of_definition = 0,
    .prelude = {
        .n_state = 5,
        .n_exc_stack = 0,
        .scope_flags = 0,
        .n_pos_args = 2,
        .n_kwonly_args = 0,
        .n_def_pos_args = 0,
        .qstr_block_name_idx = 18,
        .line_info = fun_data_classes_Square___add__ + 5,
        .line_info_top = fun_data_classes_Square___add__ + 7,
        .opcodes = fun_data_classes_Square___add__ + 7,
    },
    #endif
    #endif
};
#else
#define proto_fun_classes_Square___add__ fun_data_classes_Square___add__[0]
#endif

// child of classes_Square
// frozen bytecode for file classes.py, scope classes_Square_unit
static const byte fun_data_classes_Square_unit[11] = {
    0x08,0x06, // prelude
    0x06, // names: unit
    0x80,0x21, // code info
    0x12,0x03, // LOAD_GLOBAL 'Square'
    0x81, // LOAD_CONST_SMALL_INT 1
    0x34,0x01, // CALL_FUNCTION 1
    0x63, // RETURN_VALUE
};
#if MICROPY_PERSISTENT_CODE_SAVE
static const mp_raw_code_truncated_t proto_fun_classes_Square_unit = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_BYTECODE,
    .is_generator = 0,
    .fun_data = fun_data_classes_Square_unit,
    .children = NULL,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .fun_data_len = 11,
    .n_children = 0,
    #if MICROPY_EMIT_MACHINE_CODE
    .prelude_offset = 0,
    #endif
    #if MICROPY_PY_SYS_SETTRACE
    .line_of_definition = 0,
    .prelude = {
        .n_state = 2,
        .n_exc_stack = 0,
        .scope_flags = 0,
        .n_pos_args = 0,
        .n_kwonly_args = 0,
        .n_def_pos_args = 0,
        .qstr_block_name_idx = 6,
        .line_info = fun_data_classes_Square_unit + 3,
        .line_info_top = fun_data_classes_Square_unit + 5,
        .opcodes = fun_data_classes_Square_unit + 5,
    },
    #endif
    #endif
};
#else
#define proto_fun_classes_Square_unit fun_data_classes_Square_unit[0]
#endif

// child of classes_Square
// frozen bytecode for file classes.py, scope classes_Square_named
static const byte fun_data_classes_Square_named[10] = {
    0x09,0x08, // prelude
    0x07,0x2a, // names: named, cls
    0x80,0x25, // code info
    0xb0, // LOAD_FAST 0
    0x13,0x13, // LOAD_ATTR '__name__'
    0x63, // RETURN_VALUE
};
#if MICROPY_PERSISTENT_CODE_SAVE
static const mp_raw_code_truncated_t proto_fun_classes_Square_named = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_BYTECODE,
    .is_generator = 0,
    .fun_data = fun_data_classes_Square_named,
    .children = NULL,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .fun_data_len = 10,
    .n_children = 0,
    #if MICROPY_EMIT_MACHINE_CODE
    .prelude_offset = 0,
    #endif
    #if MICROPY_PY_SYS_SETTRACE
    .line_of_definition = 0,
    .prelude = {
        .n_state = 2,
        .n_exc_stack = 0,
        .scope_flags = 0,
        .n_pos_args = 1,
        .n_kwonly_args = 0,
        .n_def_pos_args = 0,
        .qstr_block_name_idx = 7,
        .line_info = fun_data_classes_Square_named + 4,
        .line_info_top = fun_data_classes_Square_named + 6,
        .opcodes = fun_data_classes_Square_named + 6,
    },
    #endif
    #endif
};
#else
#define proto_fun_classes_Square_named fun_data_classes_Square_named[0]
#endif

static const mp_raw_code_t *const children_classes_Square[] = {
    (const mp_raw_code_t *)&proto_fun_classes_Square___init__,
    (const mp_raw_code_t *)&proto_fun_classes_Square_area,
    (const mp_raw_code_t *)&proto_fun_classes_Square___eq__,
    (const mp_raw_code_t *)&proto_fun_classes_Square___add__,
    (const mp_raw_code_t *)&proto_fun_classes_Square_unit,
    (const mp_raw_code_t *)&proto_fun_classes_Square_named,
};

static const mp_raw_code_truncated_t proto_fun_classes_Square = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_BYTECODE,
    .is_generator = 0,
    .fun_data = fun_data_classes_Square,
    .children = (void *)&children_classes_Square,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .fun_data_len = 66,
    .n_children = 6,
    #if MICROPY_EMIT_MACHINE_CODE
    .prelude_offset = 0,
    #endif
    #if MICROPY_PY_SYS_SETTRACE
    .line_of_definition = 0,
    .prelude = {
        .n_state = 3,
        .n_exc_stack = 0,
        .scope_flags = 0,
        .n_pos_args = 0,
        .n_kwonly_args = 0,
        .n_def_pos_args = 0,
        .qstr_block_name_idx = 3,
        .line_info = fun_data_classes_Square + 3,
        .line_info_top = fun_data_classes_Square + 14,
        .opcodes = fun_data_classes_Square + 15,
    },
    #endif
    #endif
};

// child of classes__lt_module_gt_
// frozen bytecode for file classes.py, scope classes_Vec
static const byte fun_data_classes_Vec[39] = {
    0x00,0x0e, // prelude
    0x09, // names: Vec
    0x88,0x30,0x64,0x64,0x64,0x64, // code info
    0x11,0x13, // LOAD_NAME '__name__'
    0x16,0x1f, // STORE_NAME '__module__'
    0x10,0x09, // LOAD_CONST_STRING 'Vec'
    0x16,0x20, // STORE_NAME '__qualname__'
    0x32,0x00, // MAKE_FUNCTION 0
    0x16,0x0a, // STORE_NAME '__init__'
    0x32,0x01, // MAKE_FUNCTION 1
    0x16,0x15, // STORE_NAME '__len__'
    0x32,0x02, // MAKE_FUNCTION 2
    0x16,0x16, // STORE_NAME '__getitem__'
    0x32,0x03, // MAKE_FUNCTION 3
    0x16,0x17, // STORE_NAME '__iter__'
    0x32,0x04, // MAKE_FUNCTION 4
    0x16,0x18, // STORE_NAME '__contains__'
    0x51, // LOAD_CONST_NONE
    0x63, // RETURN_VALUE
};
// child of classes_Vec
// frozen bytecode for file classes.py, scope classes_Vec___init__
static const byte fun_data_classes_Vec___init__[19] = {
    0x99,0x80,0x80,0x40,0x08, // prelude
    0x0a,0x24, // names: __init__, self
    0x80,0x31, // code info
    0x12,0x1e, // LOAD_GLOBAL 'list'
    0xb1, // LOAD_FAST 1
    0x34,0x01, // CALL_FUNCTION 1
    0xb0, // LOAD_FAST 0
    0x18,0x14, // STORE_ATTR 'xs'
    0x51, // LOAD_CONST_NONE
    0x63, // RETURN_VALUE
};
#if MICROPY_PERSISTENT_CODE_SAVE
static const mp_raw_code_truncated_t proto_fun_classes_Vec___init__ = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_BYTECODE,
    .is_generator = 0,
    .fun_data = fun_data_classes_Vec___init__,
    .children = NULL,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .fun_data_len = 19,
    .n_children = 0,
    #if MICROPY_EMIT_MACHINE_CODE
    .prelude_offset = 0,
    #endif
    #if MICROPY_PY_SYS_SETTRACE
    .line_of_definition = 0,
    .prelude = {
        .n_state = 4,
        .n_exc_stack = 0,
        .scope_flags = 4,
        .n_pos_args = 1,
        .n_kwonly_args = 0,
        .n_def_pos_args = 0,
        .qstr_block_name_idx = 10,
        .line_info = fun_data_classes_Vec___init__ + 7,
        .line_info_top = fun_data_classes_Vec___init__ + 9,
        .opcodes = fun_data_classes_Vec___init__ + 9,
    },
    #endif
    #endif
};
#else
#define proto_fun_classes_Vec___init__ fun_data_classes_Vec___init__[0]
#endif

// child of classes_Vec
// frozen bytecode for file classes.py, scope classes_Vec___len__
static const byte fun_data_classes_Vec___len__[14] = {
    0x11,0x08, // prelude
    0x15,0x24, // names: __len__, self
    0x80,0x34, // code info
    0x12,0x1d, // LOAD_GLOBAL 'len'
    0xb0, // LOAD_FAST 0
    0x13,0x14, // LOAD_ATTR 'xs'
    0x34,0x01, // CALL_FUNCTION 1
    0x63, // RETURN_VALUE
};
#if MICROPY_PERSISTENT_CODE_SAVE
static const mp_raw_code_truncated_t proto_fun_classes_Vec___len__ = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_BYTECODE,
    .is_generator = 0,
    .fun_data = fun_data_classes_Vec___len__,
    .children = NULL,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .fun_data_len = 14,
    .n_children = 0,
    #if MICROPY_EMIT_MACHINE_CODE
    .prelude_offset = 0,
    #endif
    #if MICROPY_PY_SYS_SETTRACE
    .line_of_definition = 0,
    .prelude = {
        .n_state = 3,
        .n_exc_stack = 0,
        .scope_flags = 0,
        .n_pos_args = 1,
        .n_kwonly_args = 0,
        .n_def_pos_args = 0,
        .qstr_block_name_idx = 21,
        .line_info = fun_data_classes_Vec___len__ + 4,
        .line_info_top = fun_data_classes_Vec___len__ + 6,
        .opcodes = fun_data_classes_Vec___len__ + 6,
    },
    #endif
    #endif
};
#else
#define proto_fun_classes_Vec___len__ fun_data_classes_Vec___len__[0]
#endif

// child of classes_Vec
// frozen bytecode for file classes.py, scope classes_Vec___getitem__
static const byte fun_data_classes_Vec___getitem__[13] = {
    0x1a,0x0a, // prelude
    0x16,0x24,0x2b, // names: __getitem__, self, i
    0x80,0x37, // code info
    0xb0, // LOAD_FAST 0
    0x13,0x14, // LOAD_ATTR 'xs'
    0xb1, // LOAD_FAST 1
    0x55, // LOAD_SUBSCR
    0x63, // RETURN_VALUE
};
#if MICROPY_PERSISTENT_CODE_SAVE
static const mp_raw_code_truncated_t proto_fun_classes_Vec___getitem__ = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_BYTECODE,
    .is_generator = 0,
    .fun_data = fun_data_classes_Vec___getitem__,
    .children = NULL,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .fun_data_len = 13,
    .n_children = 0,
    #if MICROPY_EMIT_MACHINE_CODE
    .prelude_offset = 0,
    #endif
    #if MICROPY_PY_SYS_SETTRACE
    .line_of_definition = 0,
    .prelude = {
        .n_state = 4,
        .n_exc_stack = 0,
        .scope_flags = 0,
        .n_pos_args = 2,
        .n_kwonly_args = 0,
        .n_def_pos_args = 0,
        .qstr_block_name_idx = 22,
        .line_info = fun_data_classes_Vec___getitem__ + 5,
        .line_info_top = fun_data_classes_Vec___getitem__ + 7,
        .opcodes = fun_data_classes_Vec___getitem__ + 7,
    },
    #endif
    #endif
};
#else
#define proto_fun_classes_Vec___getitem__ fun_data_classes_Vec___getitem__[0]
#endif

// child of classes_Vec
// frozen bytecode for file classes.py, scope classes_Vec___iter__
static const byte fun_data_classes_Vec___iter__[14] = {
    0x11,0x08, // prelude
    0x17,0x24, // names: __iter__, self
    0x80,0x3a, // code info
    0x12,0x2c, // LOAD_GLOBAL 'iter'
    0xb0, // LOAD_FAST 0
    0x13,0x14, // LOAD_ATTR 'xs'
    0x34,0x01, // CALL_FUNCTION 1
    0x63, // RETURN_VALUE
};
#if MICROPY_PERSISTENT_CODE_SAVE
static const mp_raw_code_truncated_t proto_fun_classes_Vec___iter__ = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_BYTECODE,
    .is_generator = 0,
    .fun_data = fun_data_classes_Vec___iter__,
    .children = NULL,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .fun_data_len = 14,
    .n_children = 0,
    #if MICROPY_EMIT_MACHINE_CODE
    .prelude_offset = 0,
    #endif
    #if MICROPY_PY_SYS_SETTRACE
    .line_of_definition = 0,
    .prelude = {
        .n_state = 3,
        .n_exc_stack = 0,
        .scope_flags = 0,
        .n_pos_args = 1,
        .n_kwonly_args = 0,
        .n_def_pos_args = 0,
        .qstr_block_name_idx = 23,
        .line_info = fun_data_classes_Vec___iter__ + 4,
        .line_info_top = fun_data_classes_Vec___iter__ + 6,
        .opcodes = fun_data_classes_Vec___iter__ + 6,
    },
    #endif
    #endif
};
#else
#define proto_fun_classes_Vec___iter__ fun_data_classes_Vec___iter__[0]
#endif

// child of classes_Vec
// frozen bytecode for file classes.py, scope classes_Vec___contains__
static const byte fun_data_classes_Vec___contains__[13] = {
    0x1a,0x0a, // prelude
    0x18,0x24,0x1c, // names: __contains__, self, v
    0x80,0x3d, // code info
    0xb1, // LOAD_FAST 1
    0xb0, // LOAD_FAST 0
    0x13,0x14, // LOAD_ATTR 'xs'
    0xdd, // BINARY_OP 6 <in>
    0x63, // RETURN_VALUE
};
#if MICROPY_PERSISTENT_CODE_SAVE
static const mp_raw_code_truncated_t proto_fun_classes_Vec___contains__ = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_BYTECODE,
    .is_generator = 0,
    .fun_data = fun_data_classes_Vec___contains__,
    .children = NULL,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .fun_data_len = 13,
    .n_children = 0,
    #if MICROPY_EMIT_MACHINE_CODE
    .prelude_offset = 0,
    #endif
    #if MICROPY_PY_SYS_SETTRACE
    .line_of_definition = 0,
    .prelude = {
        .n_state = 4,
        .n_exc_stack = 0,
        .scope_flags = 0,
        .n_pos_args = 2,
        .n_kwonly_args = 0,
        .n_def_pos_args = 0,
        .qstr_block_name_idx = 24,
        .line_info = fun_data_classes_Vec___contains__ + 5,
        .line_info_top = fun_data_classes_Vec___contains__ + 7,
        .opcodes = fun_data_classes_Vec___contains__ + 7,
    },
    #endif
    #endif
};
#else
#define proto_fun_classes_Vec___contains__ fun_data_classes_Vec___contains__[0]
#endif

static const mp_raw_code_t *const children_classes_Vec[] = {
    (const mp_raw_code_t *)&proto_fun_classes_Vec___init__,
    (const mp_raw_code_t *)&proto_fun_classes_Vec___len__,
    (const mp_raw_code_t *)&proto_fun_classes_Vec___getitem__,
    (const mp_raw_code_t *)&proto_fun_classes_Vec___iter__,
    (const mp_raw_code_t *)&proto_fun_classes_Vec___contains__,
};

static const mp_raw_code_truncated_t proto_fun_classes_Vec = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_BYTECODE,
    .is_generator = 0,
    .fun_data = fun_data_classes_Vec,
    .children = (void *)&children_classes_Vec,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .fun_data_len = 39,
    .n_children = 5,
    #if MICROPY_EMIT_MACHINE_CODE
    .prelude_offset = 0,
    #endif
    #if MICROPY_PY_SYS_SETTRACE
    .line_of_definition = 0,
    .prelude = {
        .n_state = 1,
        .n_exc_stack = 0,
        .scope_flags = 0,
        .n_pos_args = 0,
        .n_kwonly_args = 0,
        .n_def_pos_args = 0,
        .qstr_block_name_idx = 9,
        .line_info = fun_data_classes_Vec + 3,
        .line_info_top = fun_data_classes_Vec + 9,
        .opcodes = fun_data_classes_Vec + 9,
    },
    #endif
    #endif
};

static const mp_raw_code_t *const children_classes__lt_module_gt_[] = {
    (const mp_raw_code_t *)&proto_fun_classes_Shape,
    (const mp_raw_code_t *)&proto_fun_classes_Square,
    (const mp_raw_code_t *)&proto_fun_classes_Vec,
};

static const mp_raw_code_truncated_t proto_fun_classes__lt_module_gt_ = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_BYTECODE,
    .is_generator = 0,
    .fun_data = fun_data_classes__lt_module_gt_,
    .children = (void *)&children_classes__lt_module_gt_,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .fun_data_len = 165,
    .n_children = 3,
    #if MICROPY_EMIT_MACHINE_CODE
    .prelude_offset = 0,
    #endif
    #if MICROPY_PY_SYS_SETTRACE
    .line_of_definition = 0,
    .prelude = {
        .n_state = 7,
        .n_exc_stack = 0,
        .scope_flags = 0,
        .n_pos_args = 0,
        .n_kwonly_args = 0,
        .n_def_pos_args = 0,
        .qstr_block_name_idx = 1,
        .line_info = fun_data_classes__lt_module_gt_ + 3,
        .line_info_top = fun_data_classes__lt_module_gt_ + 16,
        .opcodes = fun_data_classes__lt_module_gt_ + 16,
    },
    #endif
    #endif
};

static const qstr_short_t const_qstr_table_data_classes[45] = {
    MP_QSTR_classes_dot_py,
    MP_QSTR__lt_module_gt_,
    MP_QSTR_Shape,
    MP_QSTR_Square,
    MP_QSTR_describe,
    MP_QSTR_area,
    MP_QSTR_unit,
    MP_QSTR_named,
    MP_QSTR_blob,
    MP_QSTR_Vec,
    MP_QSTR___init__,
    MP_QSTR_name,
    MP_QSTR_sides,
    MP_QSTR___repr__,
    MP_QSTR_Shape_paren_open__percent_r_paren_close_,
    MP_QSTR_square,
    MP_QSTR__size,
    MP_QSTR___eq__,
    MP_QSTR___add__,
    MP_QSTR___name__,
    MP_QSTR_xs,
    MP_QSTR___len__,
    MP_QSTR___getitem__,
    MP_QSTR___iter__,
    MP_QSTR___contains__,
    MP_QSTR_s,
    MP_QSTR_print,
    MP_QSTR_repr,
    MP_QSTR_v,
    MP_QSTR_len,
    MP_QSTR_list,
    MP_QSTR___module__,
    MP_QSTR___qualname__,
    MP_QSTR_property,
    MP_QSTR_staticmethod,
    MP_QSTR_classmethod,
    MP_QSTR_self,
    MP_QSTR__star_,
    MP_QSTR_size,
    MP_QSTR_super,
    MP_QSTR_other,
    MP_QSTR_isinstance,
    MP_QSTR_cls,
    MP_QSTR_i,
    MP_QSTR_iter,
};

// constants

// constant table
static const mp_rom_obj_t const_obj_table_data_classes[1] = {
    MP_ROM_QSTR(MP_QSTR__percent_s_space_with_space__percent_d_space_sides),
};

static const mp_frozen_module_t frozen_module_classes = {
    .constants = {
        .qstr_table = (qstr_short_t *)&const_qstr_table_data_classes,
        .obj_table = (mp_obj_t *)&const_obj_table_data_classes,
    },
    .proto_fun = &proto_fun_classes__lt_module_gt_,
};

////////////////////////////////////////////////////////////////////////////////
// frozen module consts
// - original source file: consts.mpy
// - frozen file name: consts.py
// - .mpy header: 4d:06:00:1f

// frozen bytecode for file consts.py, scope consts__lt_module_gt_
static const byte fun_data_consts__lt_module_gt_[85] = {
    0x30,0x12, // prelude
    0x01, // names: <module>
    0x20,0x4c,0x45,0x26,0x66,0x64,0x20,0x39, // code info
    0x80, // LOAD_CONST_SMALL_INT 0
    0x10,0x02, // LOAD_CONST_STRING 'const'
    0x2a,0x01, // BUILD_TUPLE 1
    0x1b,0x03, // IMPORT_NAME 'micropython'
    0x1c,0x02, // IMPORT_FROM 'const'
    0x16,0x02, // STORE_NAME 'const'
    0x59, // POP_TOP
    0x22,0x82,0x40, // LOAD_CONST_SMALL_INT 320
    0x16,0x05, // STORE_NAME 'WIDTH'
    0x22,0x84,0xd8,0x00, // LOAD_CONST_SMALL_INT 76800
    0x16,0x06, // STORE_NAME 'AREA'
    0x22,0x83,0xfe,0x00, // LOAD_CONST_SMALL_INT 65280
    0x16,0x07, // STORE_NAME 'MASK'
    0x32,0x00, // MAKE_FUNCTION 0
    0x16,0x04, // STORE_NAME 'pixel'
    0x11,0x08, // LOAD_NAME 'print'
    0x22,0x82,0x40, // LOAD_CONST_SMALL_INT 320
    0x22,0x84,0xd8,0x00, // LOAD_CONST_SMALL_INT 76800
    0x22,0x83,0xfe,0x00, // LOAD_CONST_SMALL_INT 65280
    0x11,0x04, // LOAD_NAME 'pixel'
    0x8a, // LOAD_CONST_SMALL_INT 10
    0x82, // LOAD_CONST_SMALL_INT 2
    0x34,0x02, // CALL_FUNCTION 2
    0x22,0x80,0x78, // LOAD_CONST_SMALL_INT 120
    0x34,0x05, // CALL_FUNCTION 5
    0x59, // POP_TOP
    0x11,0x08, // LOAD_NAME 'print'
    0x22,0x88,0x00, // LOAD_CONST_SMALL_INT 1024
    0x8e, // LOAD_CONST_SMALL_INT 14
    0x82, // LOAD_CONST_SMALL_INT 2
    0x23,0x00, // LOAD_CONST_OBJ 0
    0x23,0x01, // LOAD_CONST_OBJ 1
    0x34,0x05, // CALL_FUNCTION 5
    0x59, // POP_TOP
    0x51, // LOAD_CONST_NONE
    0x63, // RETURN_VALUE
};
// child of consts__lt_module_gt_
// frozen bytecode for file consts.py, scope consts_pixel
static const byte fun_data_consts_pixel[15] = {
    0x1a,0x0a, // prelude
    0x04,0x09,0x0a, // names: pixel, x, y
    0x80,0x0a, // code info
    0xb1, // LOAD_FAST 1
    0x22,0x82,0x40, // LOAD_CONST_SMALL_INT 320
    0xf4, // BINARY_OP 29 __mul__
    0xb0, // LOAD_FAST 0
    0xf2, // BINARY_OP 27 __add__
    0x63, // RETURN_VALUE
};
#if MICROPY_PERSISTENT_CODE_SAVE
static const mp_raw_code_truncated_t proto_fun_consts_pixel = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_BYTECODE,
    .is_generator = 0,
    .fun_data = fun_data_consts_pixel,
    .children = NULL,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .fun_data_len = 15,
    .n_children = 0,
    #if MICROPY_EMIT_MACHINE_CODE
    .prelude_offset = 0,
    #endif
    #if MICROPY_PY_SYS_SETTRACE
    .line_of_definition = 0,
    .prelude = {
        .n_state = 4,
        .n_exc_stack = 0,
        .scope_flags = 0,
        .n_pos_args = 2,
        .n_kwonly_args = 0,
        .n_def_pos_args = 0,
        .qstr_block_name_idx = 4,
        .line_info = fun_data_consts_pixel + 5,
        .line_info_top = fun_data_consts_pixel + 7,
        .opcodes = fun_data_consts_pixel + 7,
    },
    #endif
    #endif
};
#else
#define proto_fun_consts_pixel fun_data_consts_pixel[0]
#endif

static const mp_raw_code_t *const children_consts__lt_module_gt_[] = {
    (const mp_raw_code_t *)&proto_fun_consts_pixel,
};

static const mp_raw_code_truncated_t proto_fun_consts__lt_module_gt_ = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_BYTECODE,
    .is_generator = 0,
    .fun_data = fun_data_consts__lt_module_gt_,
    .children = (void *)&children_consts__lt_module_gt_,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .fun_data_len = 85,
    .n_children = 1,
    #if MICROPY_EMIT_MACHINE_CODE
    .prelude_offset = 0,
    #endif
    #if MICROPY_PY_SYS_SETTRACE
    .line_of_definition = 0,
    .prelude = {
        .n_state = 7,
        .n_exc_stack = 0,
        .scope_flags = 0,
        .n_pos_args = 0,
        .n_kwonly_args = 0,
        .n_def_pos_args = 0,
        .qstr_block_name_idx = 1,
        .line_info = fun_data_consts__lt_module_gt_ + 3,
        .line_info_top = fun_data_consts__lt_module_gt_ + 11,
        .opcodes = fun_data_consts__lt_module_gt_ + 11,
    },
    #endif
    #endif
};

static const qstr_short_t const_qstr_table_data_consts[11] = {
    MP_QSTR_consts_dot_py,
    MP_QSTR__lt_module_gt_,
    MP_QSTR_const,
    MP_QSTR_micropython,
    MP_QSTR_pixel,
    MP_QSTR_WIDTH,
    MP_QSTR_AREA,
    MP_QSTR_MASK,
    MP_QSTR_print,
    MP_QSTR_x,
    MP_QSTR_y,
};

// constants
#if MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_A || MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_B
static const mp_obj_float_t const_obj_consts_0 = {{&mp_type_float}, (mp_float_t)0.5};
#define const_obj_consts_0_macro MP_ROM_PTR(&const_obj_consts_0)
#elif MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_C
#define const_obj_consts_0_macro ((mp_rom_obj_t)(0xbf800002))
#elif MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_D
#define const_obj_consts_0_macro ((mp_rom_obj_t)(0xbfe4000000000000))
#endif
#if MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_A || MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_B
static const mp_obj_float_t const_obj_consts_1 = {{&mp_type_float}, (mp_float_t)2.5};
#define const_obj_consts_1_macro MP_ROM_PTR(&const_obj_consts_1)
#elif MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_C
#define const_obj_consts_1_macro ((mp_rom_obj_t)(0xc0a00002))
#elif MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_D
#define const_obj_consts_1_macro ((mp_rom_obj_t)(0xc008000000000000))
#endif

// constant table
static const mp_rom_obj_t const_obj_table_data_consts[2] = {
    const_obj_consts_0_macro,
    const_obj_consts_1_macro,
};

static const mp_frozen_module_t frozen_module_consts = {
    .constants = {
        .qstr_table = (qstr_short_t *)&const_qstr_table_data_consts,
        .obj_table = (mp_obj_t *)&const_obj_table_data_consts,
    },
    .proto_fun = &proto_fun_consts__lt_module_gt_,
};

////////////////////////////////////////////////////////////////////////////////
// frozen module literals
// - original source file: literals.mpy
// - frozen file name: literals.py
// - .mpy header: 4d:06:00:1f

// frozen bytecode for file literals.py, scope literals__lt_module_gt_
static const byte fun_data_literals__lt_module_gt_[159] = {
    0x28,0x1e, // prelude
    0x01, // names: <module>
    0x20,0x2d,0x2b,0x2f,0x2e,0x2f,0x29,0x27,0x44,0x2d,0x29,0x29,0x29,0x43, // code info
    0x11,0x0a, // LOAD_NAME 'print'
    0x9f, // LOAD_CONST_SMALL_INT 31
    0x8f, // LOAD_CONST_SMALL_INT 15
    0x8b, // LOAD_CONST_SMALL_INT 11
    0x22,0xbd,0x84,0x40, // LOAD_CONST_SMALL_INT 1000000
    0x87, // LOAD_CONST_SMALL_INT 7
    0x34,0x05, // CALL_FUNCTION 5
    0x59, // POP_TOP
    0x11,0x0a, // LOAD_NAME 'print'
    0x23,0x00, // LOAD_CONST_OBJ 0
    0x23,0x01, // LOAD_CONST_OBJ 1
    0x23,0x02, // LOAD_CONST_OBJ 2
    0x34,0x03, // CALL_FUNCTION 3
    0x59, // POP_TOP
    0x11,0x0a, // LOAD_NAME 'print'
    0x23,0x03, // LOAD_CONST_OBJ 3
    0x23,0x04, // LOAD_CONST_OBJ 4
    0x23,0x05, // LOAD_CONST_OBJ 5
    0x23,0x06, // LOAD_CONST_OBJ 6
    0x23,0x07, // LOAD_CONST_OBJ 7
    0x34,0x05, // CALL_FUNCTION 5
    0x59, // POP_TOP
    0x11,0x0a, // LOAD_NAME 'print'
    0x23,0x08, // LOAD_CONST_OBJ 8
    0x81, // LOAD_CONST_SMALL_INT 1
    0x23,0x08, // LOAD_CONST_OBJ 8
    0xf2, // BINARY_OP 27 __add__
    0x23,0x09, // LOAD_CONST_OBJ 9
    0xf4, // BINARY_OP 29 __mul__
    0x34,0x02, // CALL_FUNCTION 2
    0x59, // POP_TOP
    0x11,0x0a, // LOAD_NAME 'print'
    0x10,0x02, // LOAD_CONST_STRING 'tab\there'
    0x10,0x03, // LOAD_CONST_STRING 'quote"s'
    0x10,0x04, // LOAD_CONST_STRING 'unié'
    0x10,0x05, // LOAD_CONST_STRING 'AA'
    0x10,0x06, // LOAD_CONST_STRING 'raw\\n'
    0x34,0x05, // CALL_FUNCTION 5
    0x59, // POP_TOP
    0x11,0x0a, // LOAD_NAME 'print'
    0x23,0x0a, // LOAD_CONST_OBJ 10
    0x23,0x0b, // LOAD_CONST_OBJ 11
    0x34,0x02, // CALL_FUNCTION 2
    0x59, // POP_TOP
    0x11,0x0a, // LOAD_NAME 'print'
    0x23,0x0c, // LOAD_CONST_OBJ 12
    0x34,0x01, // CALL_FUNCTION 1
    0x59, // POP_TOP
    0x10,0x07, // LOAD_CONST_STRING 'multi\nline'
    0x16,0x0b, // STORE_NAME 's'
    0x11,0x0a, // LOAD_NAME 'print'
    0x11,0x0b, // LOAD_NAME 's'
    0x11,0x0c, // LOAD_NAME 'len'
    0x11,0x0b, // LOAD_NAME 's'
    0x34,0x01, // CALL_FUNCTION 1
    0x34,0x02, // CALL_FUNCTION 2
    0x59, // POP_TOP
    0x11,0x0a, // LOAD_NAME 'print'
    0x23,0x0d, // LOAD_CONST_OBJ 13
    0x10,0x08, // LOAD_CONST_STRING 'short'
    0x34,0x02, // CALL_FUNCTION 2
    0x59, // POP_TOP
    0x11,0x0a, // LOAD_NAME 'print'
    0x23,0x0e, // LOAD_CONST_OBJ 14
    0x23,0x0f, // LOAD_CONST_OBJ 15
    0x34,0x02, // CALL_FUNCTION 2
    0x59, // POP_TOP
    0x11,0x0a, // LOAD_NAME 'print'
    0x7f, // LOAD_CONST_SMALL_INT -1
    0x82, // LOAD_CONST_SMALL_INT 2
    0x7c, // LOAD_CONST_SMALL_INT -4
    0x52, // LOAD_CONST_TRUE
    0x34,0x04, // CALL_FUNCTION 4
    0x59, // POP_TOP
    0x83, // LOAD_CONST_SMALL_INT 3
    0x16,0x0d, // STORE_NAME 'x'
    0x11,0x0a, // LOAD_NAME 'print'
    0x11,0x0d, // LOAD_NAME 'x'
    0x10,0x09, // LOAD_CONST_STRING 'continued'
    0x34,0x02, // CALL_FUNCTION 2
    0x59, // POP_TOP
    0x51, // LOAD_CONST_NONE
    0x63, // RETURN_VALUE
};
#if MICROPY_PERSISTENT_CODE_SAVE
static const mp_raw_code_truncated_t proto_fun_literals__lt_module_gt_ = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_BYTECODE,
    .is_generator = 0,
    .fun_data = fun_data_literals__lt_module_gt_,
    .children = NULL,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .fun_data_len = 159,
    .n_children = 0,
    #if MICROPY_EMIT_MACHINE_CODE
    .prelude_offset = 0,
    #endif
    #if MICROPY_PY_SYS_SETTRACE
    .line_of_definition = 0,
    .prelude = {
        .n_state = 6,
        .n_exc_stack = 0,
        .scope_flags = 0,
        .n_pos_args = 0,
        .n_kwonly_args = 0,
        .n_def_pos_args = 0,
        .qstr_block_name_idx = 1,
        .line_info = fun_data_literals__lt_module_gt_ + 3,
        .line_info_top = fun_data_literals__lt_module_gt_ + 17,
        .opcodes = fun_data_literals__lt_module_gt_ + 17,
    },
    #endif
    #endif
};
#else
#define proto_fun_literals__lt_module_gt_ fun_data_literals__lt_module_gt_[0]
#endif

static const qstr_short_t const_qstr_table_data_literals[14] = {
    MP_QSTR_literals_dot_py,
    MP_QSTR__lt_module_gt_,
    MP_QSTR_tab_0x09_here,
    MP_QSTR_quote_quot_s,
    MP_QSTR_uni_eacute_,
    MP_QSTR_AA,
    MP_QSTR_raw_backslash_n,
    MP_QSTR_multi_0x0a_line,
    MP_QSTR_short,
    MP_QSTR_continued,
    MP_QSTR_print,
    MP_QSTR_s,
    MP_QSTR_len,
    MP_QSTR_x,
};

// constants
static const mp_obj_int_t const_obj_literals_0 = {{&mp_type_int}, {.neg=0, .fixed_dig=1, .alloc=7, .len=7, .dig=(uint16_t*)(const uint16_t[]){0x0,0x0,0x0,0x0,0x0,0x0,0x10}}};
static const mp_obj_int_t const_obj_literals_1 = {{&mp_type_int}, {.neg=1, .fixed_dig=1, .alloc=5, .len=5, .dig=(uint16_t*)(const uint16_t[]){0x0,0x0,0x0,0x0,0x1}}};
static const mp_obj_int_t const_obj_literals_2 = {{&mp_type_int}, {.neg=0, .fixed_dig=1, .alloc=4, .len=4, .dig=(uint16_t*)(const uint16_t[]){0xad2,0xeb1f,0xa98c,0xab54}}};
#if MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_A || MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_B
static const mp_obj_float_t const_obj_literals_3 = {{&mp_type_float}, (mp_float_t)1.5};
#define const_obj_literals_3_macro MP_ROM_PTR(&const_obj_literals_3)
#elif MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_C
#define const_obj_literals_3_macro ((mp_rom_obj_t)(0xc0400002))
#elif MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_D
#define const_obj_literals_3_macro ((mp_rom_obj_t)(0xbffc000000000000))
#endif
#if MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_A || MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_B
static const mp_obj_float_t const_obj_literals_4 = {{&mp_type_float}, (mp_float_t)10000000000};
#define const_obj_literals_4_macro MP_ROM_PTR(&const_obj_literals_4)
#elif MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_C
#define const_obj_literals_4_macro ((mp_rom_obj_t)(0xd09502fa))
#elif MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_D
#define const_obj_literals_4_macro ((mp_rom_obj_t)(0xc206a05f20000000))
#endif
#if MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_A || MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_B
static const mp_obj_float_t const_obj_literals_5 = {{&mp_type_float}, (mp_float_t)1.5e-07};
#define const_obj_literals_5_macro MP_ROM_PTR(&const_obj_literals_5)
#elif MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_C
#define const_obj_literals_5_macro ((mp_rom_obj_t)(0xb4a10fb2))
#elif MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_D
#define const_obj_literals_5_macro ((mp_rom_obj_t)(0xbe8821f5f40d8376))
#endif
#if MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_A || MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_B
static const mp_obj_float_t const_obj_literals_6 = {{&mp_type_float}, (mp_float_t)0.3};
#define const_obj_literals_6_macro MP_ROM_PTR(&const_obj_literals_6)
#elif MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_C
#define const_obj_literals_6_macro ((mp_rom_obj_t)(0xbf19999a))
#elif MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_D
#define const_obj_literals_6_macro ((mp_rom_obj_t)(0xbfd7333333333334))
#endif
#if MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_A || MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_B
static const mp_obj_float_t const_obj_literals_7 = {{&mp_type_float}, (mp_float_t)3};
#define const_obj_literals_7_macro MP_ROM_PTR(&const_obj_literals_7)
#elif MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_C
#define const_obj_literals_7_macro ((mp_rom_obj_t)(0xc0c00002))
#elif MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_D
#define const_obj_literals_7_macro ((mp_rom_obj_t)(0xc00c000000000000))
#endif
static const mp_obj_complex_t const_obj_literals_8 = {{&mp_type_complex}, (mp_float_t)0, (mp_float_t)2};
static const mp_obj_complex_t const_obj_literals_9 = {{&mp_type_complex}, (mp_float_t)0, (mp_float_t)1};
static const mp_obj_str_t const_obj_literals_10 = {{&mp_type_bytes}, 47523, 7, (const byte*)"\x62\x79\x74\x65\x73\x00\xff"};
static const mp_obj_str_t const_obj_literals_11 = {{&mp_type_bytes}, 30077, 2, (const byte*)"\x5c\x64"};
static const mp_obj_str_t const_obj_literals_13 = {{&mp_type_str}, 2594, 47, (const byte*)"\x6c\x6f\x6e\x67\x20\x73\x74\x72\x69\x6e\x67\x20\x6c\x69\x74\x65\x72\x61\x6c\x20\x74\x68\x61\x74\x20\x69\x73\x20\x6d\x6f\x72\x65\x20\x74\x68\x61\x6e\x20\x74\x65\x6e\x20\x62\x79\x74\x65\x73"};
static const mp_rom_obj_tuple_t const_obj_literals_14 = {{&mp_type_tuple}, 3, {
    MP_ROM_INT(1),
    MP_ROM_INT(2),
    MP_ROM_INT(3),
}};
static const mp_rom_obj_tuple_t const_obj_literals_15_0 = {{&mp_type_tuple}, 2, {
    MP_ROM_INT(1),
    MP_ROM_QSTR(MP_QSTR_a),
}};
static const mp_rom_obj_tuple_t const_obj_literals_15 = {{&mp_type_tuple}, 4, {
    MP_ROM_PTR(&const_obj_literals_15_0),
    MP_ROM_NONE,
    MP_ROM_TRUE,
    MP_ROM_PTR(&mp_const_ellipsis_obj),
}};

// constant table
static const mp_rom_obj_t const_obj_table_data_literals[16] = {
    MP_ROM_PTR(&const_obj_literals_0),
    MP_ROM_PTR(&const_obj_literals_1),
    MP_ROM_PTR(&const_obj_literals_2),
    const_obj_literals_3_macro,
    const_obj_literals_4_macro,
    const_obj_literals_5_macro,
    const_obj_literals_6_macro,
    const_obj_literals_7_macro,
    MP_ROM_PTR(&const_obj_literals_8),
    MP_ROM_PTR(&const_obj_literals_9),
    MP_ROM_PTR(&const_obj_literals_10),
    MP_ROM_PTR(&const_obj_literals_11),
    MP_ROM_QSTR(MP_QSTR_concatenated),
    MP_ROM_PTR(&const_obj_literals_13),
    MP_ROM_PTR(&const_obj_literals_14),
    MP_ROM_PTR(&const_obj_literals_15),
};

static const mp_frozen_module_t frozen_module_literals = {
    .constants = {
        .qstr_table = (qstr_short_t *)&const_qstr_table_data_literals,
        .obj_table = (mp_obj_t *)&const_obj_table_data_literals,
    },
    .proto_fun = &proto_fun_literals__lt_module_gt_,
};

////////////////////////////////////////////////////////////////////////////////
// frozen module generators
// - original source file: generators.mpy
// - frozen file name: generators.py
// - .mpy header: 4d:06:00:1f

// frozen bytecode for file generators.py, scope generators__lt_module_gt_
static const byte fun_data_generators__lt_module_gt_[202] = {
    0xb0,0x02,0x28, // prelude
    0x01, // names: <module>
    0x20,0x84,0x07,0x64,0x60,0x84,0x0a,0x2e,0x3d,0x26,0x27,0x29,0x29,0x2c,0x33,0x27,0x2b,0x22,0x53, // code info
    0x32,0x00, // MAKE_FUNCTION 0
    0x16,0x08, // STORE_NAME 'countdown'
    0x32,0x01, // MAKE_FUNCTION 1
    0x16,0x0a, // STORE_NAME 'chain'
    0x32,0x02, // MAKE_FUNCTION 2
    0x16,0x0b, // STORE_NAME 'echo'
    0x11,0x0e, // LOAD_NAME 'print'
    0x11,0x0f, // LOAD_NAME 'list'
    0x11,0x08, // LOAD_NAME 'countdown'
    0x84, // LOAD_CONST_SMALL_INT 4
    0x34,0x01, // CALL_FUNCTION 1
    0x34,0x01, // CALL_FUNCTION 1
    0x34,0x01, // CALL_FUNCTION 1
    0x59, // POP_TOP
    0x11,0x0e, // LOAD_NAME 'print'
    0x11,0x0f, // LOAD_NAME 'list'
    0x11,0x0a, // LOAD_NAME 'chain'
    0x11,0x08, // LOAD_NAME 'countdown'
    0x82, // LOAD_CONST_SMALL_INT 2
    0x34,0x01, // CALL_FUNCTION 1
    0x87, // LOAD_CONST_SMALL_INT 7
    0x88, // LOAD_CONST_SMALL_INT 8
    0x2b,0x02, // BUILD_LIST 2
    0x32,0x03, // MAKE_FUNCTION 3
    0x10,0x02, // LOAD_CONST_STRING 'ab'
    0x5e, // GET_ITER
    0x34,0x01, // CALL_FUNCTION 1
    0x34,0x03, // CALL_FUNCTION 3
    0x34,0x01, // CALL_FUNCTION 1
    0x34,0x01, // CALL_FUNCTION 1
    0x59, // POP_TOP
    0x11,0x0b, // LOAD_NAME 'echo'
    0x34,0x00, // CALL_FUNCTION 0
    0x16,0x10, // STORE_NAME 'e'
    0x11,0x11, // LOAD_NAME 'next'
    0x11,0x10, // LOAD_NAME 'e'
    0x34,0x01, // CALL_FUNCTION 1
    0x59, // POP_TOP
    0x11,0x10, // LOAD_NAME 'e'
    0x14,0x03, // LOAD_METHOD 'send'
    0x10,0x04, // LOAD_CONST_STRING 'a'
    0x36,0x01, // CALL_METHOD 1
    0x59, // POP_TOP
    0x11,0x10, // LOAD_NAME 'e'
    0x14,0x03, // LOAD_METHOD 'send'
    0x10,0x05, // LOAD_CONST_STRING 'b'
    0x36,0x01, // CALL_METHOD 1
    0x59, // POP_TOP
    0x11,0x0e, // LOAD_NAME 'print'
    0x11,0x10, // LOAD_NAME 'e'
    0x14,0x03, // LOAD_METHOD 'send'
    0x51, // LOAD_CONST_NONE
    0x36,0x01, // CALL_METHOD 1
    0x34,0x01, // CALL_FUNCTION 1
    0x59, // POP_TOP
    0x11,0x0e, // LOAD_NAME 'print'
    0x11,0x12, // LOAD_NAME 'sum'
    0x32,0x04, // MAKE_FUNCTION 4
    0x11,0x13, // LOAD_NAME 'range'
    0x8a, // LOAD_CONST_SMALL_INT 10
    0x34,0x01, // CALL_FUNCTION 1
    0x5e, // GET_ITER
    0x34,0x01, // CALL_FUNCTION 1
    0x34,0x01, // CALL_FUNCTION 1
    0x34,0x01, // CALL_FUNCTION 1
    0x59, // POP_TOP
    0x11,0x08, // LOAD_NAME 'countdown'
    0x81, // LOAD_CONST_SMALL_INT 1
    0x34,0x01, // CALL_FUNCTION 1
    0x16,0x14, // STORE_NAME 'g'
    0x11,0x0e, // LOAD_NAME 'print'
    0x11,0x11, // LOAD_NAME 'next'
    0x11,0x14, // LOAD_NAME 'g'
    0x34,0x01, // CALL_FUNCTION 1
    0x34,0x01, // CALL_FUNCTION 1
    0x59, // POP_TOP
    0x48,0x09, // SETUP_EXCEPT 9
    0x11,0x11, // LOAD_NAME 'next'
    0x11,0x14, // LOAD_NAME 'g'
    0x34,0x01, // CALL_FUNCTION 1
    0x59, // POP_TOP
    0x4a,0x1f, // POP_EXCEPT_JUMP 31
    0x57, // DUP_TOP
    0x11,0x15, // LOAD_NAME 'StopIteration'
    0xdf, // BINARY_OP 8 <exception match>
    0x44,0x58, // POP_JUMP_IF_FALSE 24
    0x16,0x06, // STORE_NAME 'stop'
    0x49,0x0c, // SETUP_FINALLY 12
    0x11,0x0e, // LOAD_NAME 'print'
    0x10,0x06, // LOAD_CONST_STRING 'stop'
    0x11,0x06, // LOAD_NAME 'stop'
    0x13,0x07, // LOAD_ATTR 'value'
    0x34,0x02, // CALL_FUNCTION 2
    0x59, // POP_TOP
    0x51, // LOAD_CONST_NONE
    0x51, // LOAD_CONST_NONE
    0x16,0x06, // STORE_NAME 'stop'
    0x19,0x06, // DELETE_NAME 'stop'
    0x5d, // END_FINALLY
    0x4a,0x01, // POP_EXCEPT_JUMP 1
    0x5d, // END_FINALLY
    0x51, // LOAD_CONST_NONE
    0x63, // RETURN_VALUE
};
// child of generators__lt_module_gt_
// frozen bytecode for file generators.py, scope generators_countdown
static const byte fun_data_generators_countdown[26] = {
    0x91,0x40,0x0c, // prelude
    0x08,0x16, // names: countdown, n
    0x40,0x22,0x23,0x29, // code info
    0x42,0x47, // JUMP 7
    0xb0, // LOAD_FAST 0
    0x67, // YIELD_VALUE
    0x59, // POP_TOP
    0xb0, // LOAD_FAST 0
    0x81, // LOAD_CONST_SMALL_INT 1
    0xe6, // BINARY_OP 15 __isub__
    0xc0, // STORE_FAST 0
    0xb0, // LOAD_FAST 0
    0x80, // LOAD_CONST_SMALL_INT 0
    0xd8, // BINARY_OP 1 __gt__
    0x43,0x34, // POP_JUMP_IF_TRUE -12
    0x10,0x09, // LOAD_CONST_STRING 'done'
    0x63, // RETURN_VALUE
};
#if MICROPY_PERSISTENT_CODE_SAVE
static const mp_raw_code_truncated_t proto_fun_generators_countdown = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_BYTECODE,
    .is_generator = 1,
    .fun_data = fun_data_generators_countdown,
    .children = NULL,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .fun_data_len = 26,
    .n_children = 0,
    #if MICROPY_EMIT_MACHINE_CODE
    .prelude_offset = 0,
    #endif
    #if MICROPY_PY_SYS_SETTRACE
    .line_of_definition = 0,
    .prelude = {
        .n_state = 3,
        .n_exc_stack = 0,
        .scope_flags = 1,
        .n_pos_args = 1,
        .n_kwonly_args = 0,
        .n_def_pos_args = 0,
        .qstr_block_name_idx = 8,
        .line_info = fun_data_generators_countdown + 5,
        .line_info_top = fun_data_generators_countdown + 9,
        .opcodes = fun_data_generators_countdown + 9,
    },
    #endif
    #endif
};
#else
#define proto_fun_generators_countdown fun_data_generators_countdown[0]
#endif

// child of generators__lt_module_gt_
// frozen bytecode for file generators.py, scope generators_chain
static const byte fun_data_generators_chain[24] = {
    0xc0,0xc0,0x80,0x40,0x0a, // prelude
    0x0a, // names: chain
    0x80,0x09,0x25,0x27, // code info
    0xb0, // LOAD_FAST 0
    0x5f, // GET_ITER_STACK
    0x4b,0x08, // FOR_ITER 8
    0xc1, // STORE_FAST 1
    0xb1, // LOAD_FAST 1
    0x5e, // GET_ITER
    0x51, // LOAD_CONST_NONE
    0x68, // YIELD_FROM
    0xc2, // STORE_FAST 2
    0x42,0x36, // JUMP -10
    0xb2, // LOAD_FAST 2
    0x63, // RETURN_VALUE
};
#if MICROPY_PERSISTENT_CODE_SAVE
static const mp_raw_code_truncated_t proto_fun_generators_chain = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_BYTECODE,
    .is_generator = 1,
    .fun_data = fun_data_generators_chain,
    .children = NULL,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .fun_data_len = 24,
    .n_children = 0,
    #if MICROPY_EMIT_MACHINE_CODE
    .prelude_offset = 0,
    #endif
    #if MICROPY_PY_SYS_SETTRACE
    .line_of_definition = 0,
    .prelude = {
        .n_state = 9,
        .n_exc_stack = 0,
        .scope_flags = 5,
        .n_pos_args = 0,
        .n_kwonly_args = 0,
        .n_def_pos_args = 0,
        .qstr_block_name_idx = 10,
        .line_info = fun_data_generators_chain + 6,
        .line_info_top = fun_data_generators_chain + 10,
        .opcodes = fun_data_generators_chain + 10,
    },
    #endif
    #endif
};
#else
#define proto_fun_generators_chain fun_data_generators_chain[0]
#endif

// child of generators__lt_module_gt_
// frozen bytecode for file generators.py, scope generators_echo
static const byte fun_data_generators_echo[43] = {
    0xa0,0x40,0x12, // prelude
    0x0b, // names: echo
    0x80,0x0f,0x23,0x20,0x27,0x25,0x22,0x29, // code info
    0x2b,0x00, // BUILD_LIST 0
    0xc0, // STORE_FAST 0
    0x12,0x17, // LOAD_GLOBAL 'len'
    0xb0, // LOAD_FAST 0
    0x34,0x01, // CALL_FUNCTION 1
    0x67, // YIELD_VALUE
    0xc1, // STORE_FAST 1
    0xb1, // LOAD_FAST 1
    0x51, // LOAD_CONST_NONE
    0xde, // BINARY_OP 7 <is>
    0x44,0x42, // POP_JUMP_IF_FALSE 2
    0x42,0x49, // JUMP 9
    0xb0, // LOAD_FAST 0
    0x14,0x0c, // LOAD_METHOD 'append'
    0xb1, // LOAD_FAST 1
    0x36,0x01, // CALL_METHOD 1
    0x59, // POP_TOP
    0x42,0x29, // JUMP -23
    0xb0, // LOAD_FAST 0
    0x67, // YIELD_VALUE
    0x59, // POP_TOP
    0x51, // LOAD_CONST_NONE
    0x63, // RETURN_VALUE
};
#if MICROPY_PERSISTENT_CODE_SAVE
static const mp_raw_code_truncated_t proto_fun_generators_echo = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_BYTECODE,
    .is_generator = 1,
    .fun_data = fun_data_generators_echo,
    .children = NULL,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .fun_data_len = 43,
    .n_children = 0,
    #if MICROPY_EMIT_MACHINE_CODE
    .prelude_offset = 0,
    #endif
    #if MICROPY_PY_SYS_SETTRACE
    .line_of_definition = 0,
    .prelude = {
        .n_state = 5,
        .n_exc_stack = 0,
        .scope_flags = 1,
        .n_pos_args = 0,
        .n_kwonly_args = 0,
        .n_def_pos_args = 0,
        .qstr_block_name_idx = 11,
        .line_info = fun_data_generators_echo + 4,
        .line_info_top = fun_data_generators_echo + 12,
        .opcodes = fun_data_generators_echo + 12,
    },
    #endif
    #endif
};
#else
#define proto_fun_generators_echo fun_data_generators_echo[0]
#endif

// child of generators__lt_module_gt_
// frozen bytecode for file generators.py, scope generators__lt_genexpr_gt_
static const byte fun_data_generators__lt_genexpr_gt_[21] = {
    0xb1,0x40,0x08, // prelude
    0x0d,0x18, // names: <genexpr>, *
    0x80,0x19, // code info
    0x53, // LOAD_NULL
    0xb0, // LOAD_FAST 0
    0x53, // LOAD_NULL
    0x53, // LOAD_NULL
    0x4b,0x06, // FOR_ITER 6
    0xc1, // STORE_FAST 1
    0xb1, // LOAD_FAST 1
    0x67, // YIELD_VALUE
    0x59, // POP_TOP
    0x42,0x38, // JUMP -8
    0x51, // LOAD_CONST_NONE
    0x63, // RETURN_VALUE
};
#if MICROPY_PERSISTENT_CODE_SAVE
static const mp_raw_code_truncated_t proto_fun_generators__lt_genexpr_gt_ = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_BYTECODE,
    .is_generator = 1,
    .fun_data = fun_data_generators__lt_genexpr_gt_,
    .children = NULL,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .fun_data_len = 21,
    .n_children = 0,
    #if MICROPY_EMIT_MACHINE_CODE
    .prelude_offset = 0,
    #endif
    #if MICROPY_PY_SYS_SETTRACE
    .line_of_definition = 0,
    .prelude = {
        .n_state = 7,
        .n_exc_stack = 0,
        .scope_flags = 1,
        .n_pos_args = 1,
        .n_kwonly_args = 0,
        .n_def_pos_args = 0,
        .qstr_block_name_idx = 13,
        .line_info = fun_data_generators__lt_genexpr_gt_ + 5,
        .line_info_top = fun_data_generators__lt_genexpr_gt_ + 7,
        .opcodes = fun_data_generators__lt_genexpr_gt_ + 7,
    },
    #endif
    #endif
};
#else
#define proto_fun_generators__lt_genexpr_gt_ fun_data_generators__lt_genexpr_gt_[0]
#endif

// child of generators__lt_module_gt_
// frozen bytecode for file generators.py, scope generators__lt_genexpr_gt_2
static const byte fun_data_generators__lt_genexpr_gt_2[28] = {
    0xb9,0x40,0x08, // prelude
    0x0d,0x18, // names: <genexpr>, *
    0x80,0x1f, // code info
    0x53, // LOAD_NULL
    0xb0, // LOAD_FAST 0
    0x53, // LOAD_NULL
    0x53, // LOAD_NULL
    0x4b,0x0d, // FOR_ITER 13
    0xc1, // STORE_FAST 1
    0xb1, // LOAD_FAST 1
    0x82, // LOAD_CONST_SMALL_INT 2
    0xf8, // BINARY_OP 33 __mod__
    0x44,0x38, // POP_JUMP_IF_FALSE -8
    0xb1, // LOAD_FAST 1
    0xb1, // LOAD_FAST 1
    0xf4, // BINARY_OP 29 __mul__
    0x67, // YIELD_VALUE
    0x59, // POP_TOP
    0x42,0x31, // JUMP -15
    0x51, // LOAD_CONST_NONE
    0x63, // RETURN_VALUE
};
#if MICROPY_PERSISTENT_CODE_SAVE
static const mp_raw_code_truncated_t proto_fun_generators__lt_genexpr_gt_2 = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_BYTECODE,
    .is_generator = 1,
    .fun_data = fun_data_generators__lt_genexpr_gt_2,
    .children = NULL,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .fun_data_len = 28,
    .n_children = 0,
    #if MICROPY_EMIT_MACHINE_CODE
    .prelude_offset = 0,
    #endif
    #if MICROPY_PY_SYS_SETTRACE
    .line_of_definition = 0,
    .prelude = {
        .n_state = 8,
        .n_exc_stack = 0,
        .scope_flags = 1,
        .n_pos_args = 1,
        .n_kwonly_args = 0,
        .n_def_pos_args = 0,
        .qstr_block_name_idx = 13,
        .line_info = fun_data_generators__lt_genexpr_gt_2 + 5,
        .line_info_top = fun_data_generators__lt_genexpr_gt_2 + 7,
        .opcodes = fun_data_generators__lt_genexpr_gt_2 + 7,
    },
    #endif
    #endif
};
#else
#define proto_fun_generators__lt_genexpr_gt_2 fun_data_generators__lt_genexpr_gt_2[0]
#endif

static const mp_raw_code_t *const children_generators__lt_module_gt_[] = {
    (const mp_raw_code_t *)&proto_fun_generators_countdown,
    (const mp_raw_code_t *)&proto_fun_generators_chain,
    (const mp_raw_code_t *)&proto_fun_generators_echo,
    (const mp_raw_code_t *)&proto_fun_generators__lt_genexpr_gt_,
    (const mp_raw_code_t *)&proto_fun_generators__lt_genexpr_gt_2,
};

static const mp_raw_code_truncated_t proto_fun_generators__lt_module_gt_ = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_BYTECODE,
    .is_generator = 0,
    .fun_data = fun_data_generators__lt_module_gt_,
    .children = (void *)&children_generators__lt_module_gt_,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .fun_data_len = 202,
    .n_children = 5,
    #if MICROPY_EMIT_MACHINE_CODE
    .prelude_offset = 0,
    #endif
    #if MICROPY_PY_SYS_SETTRACE
    .line_of_definition = 0,
    .prelude = {
        .n_state = 7,
        .n_exc_stack = 2,
        .scope_flags = 0,
        .n_pos_args = 0,
        .n_kwonly_args = 0,
        .n_def_pos_args = 0,
        .qstr_block_name_idx = 1,
        .line_info = fun_data_generators__lt_module_gt_ + 4,
        .line_info_top = fun_data_generators__lt_module_gt_ + 23,
        .opcodes = fun_data_generators__lt_module_gt_ + 23,
    },
    #endif
    #endif
};

static const qstr_short_t const_qstr_table_data_generators[25] = {
    MP_QSTR_generators_dot_py,
    MP_QSTR__lt_module_gt_,
    MP_QSTR_ab,
    MP_QSTR_send,
    MP_QSTR_a,
    MP_QSTR_b,
    MP_QSTR_stop,
    MP_QSTR_value,
    MP_QSTR_countdown,
    MP_QSTR_done,
    MP_QSTR_chain,
    MP_QSTR_echo,
    MP_QSTR_append,
    MP_QSTR__lt_genexpr_gt_,
    MP_QSTR_print,
    MP_QSTR_list,
    MP_QSTR_e,
    MP_QSTR_next,
    MP_QSTR_sum,
    MP_QSTR_range,
    MP_QSTR_g,
    MP_QSTR_StopIteration,
    MP_QSTR_n,
    MP_QSTR_len,
    MP_QSTR__star_,
};

static const mp_frozen_module_t frozen_module_generators = {
    .constants = {
        .qstr_table = (qstr_short_t *)&const_qstr_table_data_generators,
        .obj_table = NULL,
    },
    .proto_fun = &proto_fun_generators__lt_module_gt_,
};

////////////////////////////////////////////////////////////////////////////////
// collection of all frozen modules

const char mp_frozen_names[] = {
    #ifdef MP_FROZEN_STR_NAMES
    MP_FROZEN_STR_NAMES
    #endif
    "classes.py\0"
    "consts.py\0"
    "literals.py\0"
    "generators.py\0"
    "\0"
};

const mp_frozen_module_t *const mp_frozen_mpy_content[] = {
    &frozen_module_classes,
    &frozen_module_consts,
    &frozen_module_literals,
    &frozen_module_generators,
};

#ifdef MICROPY_FROZEN_LIST_ITEM
MICROPY_FROZEN_LIST_ITEM("classes", "classes.py")
MICROPY_FROZEN_LIST_ITEM("consts", "consts.py")
MICROPY_FROZEN_LIST_ITEM("literals", "literals.py")
MICROPY_FROZEN_LIST_ITEM("generators", "generators.py")
#endif

/*
byte sizes:
qstr content: 55 unique, 518 bytes
bc content: 1127
const str content: 56
const int content: 32
const obj content: 180
const table qstr content: 0 entries, 0 bytes
const table ptr content: 19 entries, 76 bytes
raw code content: 27 * 4 = 432
mp_frozen_mpy_names_content: 48
mp_frozen_mpy_content_size: 16
total: 2485
*/
