#include "py/mpconfig.h"
#include "py/objint.h"
#include "py/objstr.h"
#include "py/emitglue.h"
#include "py/nativeglue.h"

#if MICROPY_LONGINT_IMPL != 1
#error "incompatible MICROPY_LONGINT_IMPL"
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
    MP_QSTR_AA = MP_QSTRnumber_of,
    MP_QSTR_a,
    MP_QSTR_concatenated,
    MP_QSTR_continued,
    MP_QSTR_literals_dot_py,
    MP_QSTR_multi_0x0a_line,
    MP_QSTR_quote_quot_s,
    MP_QSTR_raw_backslash_n,
    MP_QSTR_s,
    MP_QSTR_short,
    MP_QSTR_tab_0x09_here,
    MP_QSTR_uni_eacute_,
    MP_QSTR_x,
};

const qstr_hash_t mp_qstr_frozen_const_hashes[] = {
    29221,
    46532,
    24366,
    53824,
    15578,
    15976,
    23598,
    5011,
    46550,
    64151,
    64865,
    28445,
    46557,
};

const qstr_len_t mp_qstr_frozen_const_lengths[] = {
    2,
    1,
    12,
    9,
    11,
    10,
    7,
    5,
    1,
    5,
    8,
    5,
    1,
};

extern const qstr_pool_t mp_qstr_const_pool;
const qstr_pool_t mp_qstr_frozen_const_pool = {
    &mp_qstr_const_pool, // previous pool
    MP_QSTRnumber_of, // previous pool size
    true, // is_sorted
    10, // allocated entries
    13, // used entries
    (qstr_hash_t *)mp_qstr_frozen_const_hashes,
    (qstr_len_t *)mp_qstr_frozen_const_lengths,
    {
        "AA",
        "a",
        "concatenated",
        "continued",
        "literals.py",
        "\x6d\x75\x6c\x74\x69\x0a\x6c\x69\x6e\x65",
        "\x71\x75\x6f\x74\x65\x22\x73",
        "\x72\x61\x77\x5c\x6e",
        "s",
        "short",
        "\x74\x61\x62\x09\x68\x65\x72\x65",
        "\x75\x6e\x69\xc3\xa9",
        "x",
    },
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
static const mp_obj_int_t const_obj_literals_0 = {{&mp_type_int}, 1267650600228229401496703205376};
static const mp_obj_int_t const_obj_literals_1 = {{&mp_type_int}, -18446744073709551616};
static const mp_obj_int_t const_obj_literals_2 = {{&mp_type_int}, 12345678901234567890};
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
// collection of all frozen modules

const char mp_frozen_names[] = {
    #ifdef MP_FROZEN_STR_NAMES
    MP_FROZEN_STR_NAMES
    #endif
    "literals.py\0"
    "\0"
};

const mp_frozen_module_t *const mp_frozen_mpy_content[] = {
    &frozen_module_literals,
};

#ifdef MICROPY_FROZEN_LIST_ITEM
MICROPY_FROZEN_LIST_ITEM("literals", "literals.py")
#endif

/*
byte sizes:
qstr content: 13 unique, 129 bytes
bc content: 159
const str content: 56
const int content: 0
const obj content: 108
const table qstr content: 0 entries, 0 bytes
const table ptr content: 16 entries, 64 bytes
raw code content: 1 * 4 = 16
mp_frozen_mpy_names_content: 13
mp_frozen_mpy_content_size: 4
total: 549
*/
