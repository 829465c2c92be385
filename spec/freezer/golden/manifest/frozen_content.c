//
// Content for MICROPY_MODULE_FROZEN_STR
//
#include <stdint.h>
#define MP_FROZEN_STR_NAMES \
"greet.py\0" \

const uint32_t mp_frozen_str_sizes[] = { 59, 0 };
const char mp_frozen_str_content[] = {
"print(\"frozen as a string\", \"\\x01\", 'tab\x09" "here')\r\nx = \"\\\\\"\r\n\0"
"\0"
};

//
// Content for MICROPY_MODULE_FROZEN_MPY
//
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
    MP_QSTR__space__space_pad_space__space_ = MP_QSTRnumber_of,
    MP_QSTR__percent_s_space_v_percent_d_dot__percent_d,
    MP_QSTR__percent_s_space_with_space__percent_d_space_sides,
    MP_QSTR__comma_,
    MP_QSTR__hyphen_,
    MP_QSTR_0_dot_3_dot_1,
    MP_QSTR_1_dot_0_dot_0,
    MP_QSTR_2_dot_5,
    MP_QSTR_42,
    MP_QSTR__lt_genexpr_gt_,
    MP_QSTR__lt_lambda_gt_,
    MP_QSTR__lt_listcomp_gt_,
    MP_QSTR_A,
    MP_QSTR_AA,
    MP_QSTR_AREA,
    MP_QSTR_MASK,
    MP_QSTR_Mega,
    MP_QSTR_Micro,
    MP_QSTR_MicroPython,
    MP_QSTR_Py,
    MP_QSTR_Shape,
    MP_QSTR_Shape_paren_open__percent_r_paren_close_,
    MP_QSTR_Square,
    MP_QSTR_Vec,
    MP_QSTR_WIDTH,
    MP_QSTR__bracket_open__brace_open__colon__caret__brace_open__brace_close__brace_close__bracket_close_,
    MP_QSTR___add__,
    MP_QSTR___contains__,
    MP_QSTR___eq__,
    MP_QSTR___version__,
    MP_QSTR__size,
    MP_QSTR_a,
    MP_QSTR_a_comma_b_comma__comma_c,
    MP_QSTR_ab,
    MP_QSTR_abc,
    MP_QSTR_add,
    MP_QSTR_add3,
    MP_QSTR_area,
    MP_QSTR_b,
    MP_QSTR_blob,
    MP_QSTR_bump,
    MP_QSTR_by,
    MP_QSTR_c,
    MP_QSTR_chain,
    MP_QSTR_cls,
    MP_QSTR_collect,
    MP_QSTR_concatenated,
    MP_QSTR_consts_dot_py,
    MP_QSTR_continued,
    MP_QSTR_countdown,
    MP_QSTR_counter,
    MP_QSTR_d,
    MP_QSTR_describe,
    MP_QSTR_discard,
    MP_QSTR_done,
    MP_QSTR_down,
    MP_QSTR_drivers_slash_classes_dot_py,
    MP_QSTR_e,
    MP_QSTR_echo,
    MP_QSTR_even,
    MP_QSTR_flag,
    MP_QSTR_float,
    MP_QSTR_for_space_done,
    MP_QSTR_functions_dot_py,
    MP_QSTR_g,
    MP_QSTR_generators_dot_py,
    MP_QSTR_hello,
    MP_QSTR_i,
    MP_QSTR_it_squot_s,
    MP_QSTR_k,
    MP_QSTR_kw,
    MP_QSTR_literals_dot_py,
    MP_QSTR_lst,
    MP_QSTR_make_adder,
    MP_QSTR_make_counter,
    MP_QSTR_merged,
    MP_QSTR_multi_0x0a_line,
    MP_QSTR_n,
    MP_QSTR_name,
    MP_QSTR_named,
    MP_QSTR_nested,
    MP_QSTR_never,
    MP_QSTR_other,
    MP_QSTR_pixel,
    MP_QSTR_pkg_slash___init___dot_py,
    MP_QSTR_pkg_slash_sub_slash_control_dot_py,
    MP_QSTR_property,
    MP_QSTR_q,
    MP_QSTR_quote_quot_s,
    MP_QSTR_raw_backslash_n,
    MP_QSTR_s,
    MP_QSTR_short,
    MP_QSTR_sides,
    MP_QSTR_size,
    MP_QSTR_smallints_dot_py,
    MP_QSTR_square,
    MP_QSTR_t,
    MP_QSTR_tab_0x09_here,
    MP_QSTR_tinylib_dot_py,
    MP_QSTR_total,
    MP_QSTR_two,
    MP_QSTR_unit,
    MP_QSTR_uni_eacute_,
    MP_QSTR_v,
    MP_QSTR_version,
    MP_QSTR_w,
    MP_QSTR_x,
    MP_QSTR_xs,
    MP_QSTR_y,
    MP_QSTR_z,
    MP_QSTR__brace_open__bang_r_brace_close_,
    MP_QSTR__brace_open_0_brace_close__brace_open_1_brace_close__brace_open_0_brace_close_,
    MP_QSTR__brace_open__colon__dot_2f_brace_close_,
    MP_QSTR__brace_open__colon__gt_6_brace_close_,
    MP_QSTR__brace_open__brace_open_literal_brace_close__brace_close_,
    MP_QSTR__brace_open__brace_close__space_and_space__brace_open__brace_close_,
    MP_QSTR__brace_open__brace_close__space__brace_open__brace_close__dot__brace_open__brace_close_,
};

const qstr_hash_t mp_qstr_frozen_const_hashes[] = {
    56304,
    58059,
    45816,
    46473,
    46472,
    24855,
    27924,
    29516,
    26499,
    27188,
    35968,
    5588,
    46564,
    29221,
    53074,
    47761,
    19947,
    35103,
    8203,
    29932,
    18154,
    22524,
    43684,
    64149,
    23747,
    56007,
    33476,
    24518,
    15985,
    38975,
    44511,
    46532,
    18985,
    28198,
    12933,
    12868,
    31479,
    50834,
    46535,
    20646,
    31023,
    28382,
    46534,
    49128,
    19545,
    26011,
    24366,
    27444,
    53824,
    32404,
    16913,
    46529,
    40,
    28943,
    837,
    1591,
    27256,
    46528,
    28580,
    42525,
    17001,
    17461,
    34846,
    7891,
    46530,
    24546,
    60903,
    46540,
    6540,
    46542,
    28665,
    15578,
    16814,
    44142,
    34316,
    48857,
    15976,
    46539,
    30114,
    10630,
    37896,
    35791,
    39073,
    61517,
    26123,
    65341,
    10690,
    46548,
    23598,
    5011,
    46550,
    64151,
    47181,
    42272,
    8573,
    26052,
    46545,
    64865,
    37583,
    51463,
    24617,
    18819,
    28445,
    46547,
    54207,
    46546,
    46557,
    28942,
    46556,
    46559,
    59376,
    786,
    6563,
    38545,
    61934,
    7406,
    52653,
};

const qstr_len_t mp_qstr_frozen_const_lengths[] = {
    7,
    9,
    16,
    1,
    1,
    5,
    5,
    3,
    2,
    9,
    8,
    10,
    1,
    2,
    4,
    4,
    4,
    5,
    11,
    2,
    5,
    9,
    6,
    3,
    5,
    8,
    7,
    12,
    6,
    11,
    5,
    1,
    6,
    2,
    3,
    3,
    4,
    4,
    1,
    4,
    4,
    2,
    1,
    5,
    3,
    7,
    12,
    9,
    9,
    9,
    7,
    1,
    8,
    7,
    4,
    4,
    18,
    1,
    4,
    4,
    4,
    5,
    8,
    12,
    1,
    13,
    5,
    1,
    4,
    1,
    2,
    11,
    3,
    10,
    12,
    6,
    10,
    1,
    4,
    5,
    6,
    5,
    5,
    5,
    15,
    18,
    8,
    1,
    7,
    5,
    1,
    5,
    5,
    4,
    12,
    6,
    1,
    8,
    10,
    5,
    3,
    4,
    5,
    1,
    7,
    1,
    1,
    2,
    1,
    1,
    4,
    9,
    6,
    5,
    11,
    9,
    8,
};

extern const qstr_pool_t mp_qstr_const_pool;
const qstr_pool_t mp_qstr_frozen_const_pool = {
    &mp_qstr_const_pool, // previous pool
    MP_QSTRnumber_of, // previous pool size
    true, // is_sorted
    10, // allocated entries
    117, // used entries
    (qstr_hash_t *)mp_qstr_frozen_const_hashes,
    (qstr_len_t *)mp_qstr_frozen_const_lengths,
    {
        "  pad  ",
        "%s v%d.%d",
        "%s with %d sides",
        ",",
        "-",
        "0.3.1",
        "1.0.0",
        "2.5",
        "42",
        "<genexpr>",
        "<lambda>",
        "<listcomp>",
        "A",
        "AA",
        "AREA",
        "MASK",
        "Mega",
        "Micro",
        "MicroPython",
        "Py",
        "Shape",
        "Shape(%r)",
        "Square",
        "Vec",
        "WIDTH",
        "[{:^{}}]",
        "__add__",
        "__contains__",
        "__eq__",
        "__version__",
        "_size",
        "a",
        "a,b,,c",
        "ab",
        "abc",
        "add",
        "add3",
        "area",
        "b",
        "blob",
        "bump",
        "by",
        "c",
        "chain",
        "cls",
        "collect",
        "concatenated",
        "consts.py",
        "continued",
        "countdown",
        "counter",
        "d",
        "describe",
        "discard",
        "done",
        "down",
        "drivers/classes.py",
        "e",
        "echo",
        "even",
        "flag",
        "float",
        "for done",
        "functions.py",
        "g",
        "generators.py",
        "hello",
        "i",
        "it's",
        "k",
        "kw",
        "literals.py",
        "lst",
        "make_adder",
        "make_counter",
        "merged",
        "\x6d\x75\x6c\x74\x69\x0a\x6c\x69\x6e\x65",
        "n",
        "name",
        "named",
        "nested",
        "never",
        "other",
        "pixel",
        "pkg/__init__.py",
        "pkg/sub/control.py",
        "property",
        "q",
        "\x71\x75\x6f\x74\x65\x22\x73",
        "\x72\x61\x77\x5c\x6e",
        "s",
        "short",
        "sides",
        "size",
        "smallints.py",
        "square",
        "t",
        "\x74\x61\x62\x09\x68\x65\x72\x65",
        "tinylib.py",
        "total",
        "two",
        "unit",
        "\x75\x6e\x69\xc3\xa9",
        "v",
        "version",
        "w",
        "x",
        "xs",
        "y",
        "z",
        "{!r}",
        "{0}{1}{0}",
        "{:.2f}",
        "{:>6}",
        "{{literal}}",
        "{} and {}",
        "{} {}.{}",
    },
};

////////////////////////////////////////////////////////////////////////////////
// frozen module functions
// - original source file: build/frozen_mpy/functions.mpy
// - frozen file name: functions.py
// - .mpy header: 4d:06:00:1f

// frozen bytecode for file functions.py, scope functions__lt_module_gt_
static const byte fun_data_functions__lt_module_gt_[239] = {
    0x58,0x34, // prelude
    0x01, // names: <module>
    0x20,0x63,0x68,0x60,0x71,0x20,0x64,0x60,0x84,0x0a,0x2e,0x2a,0x38,0x27,0x32,0x26,0x25,0x26,0x29,0x24,0x34,0x2f,0x26,0x29,0x70, // code info
    0x80, // LOAD_CONST_SMALL_INT 0
    0x17,0x12, // STORE_GLOBAL 'counter'
    0x81, // LOAD_CONST_SMALL_INT 1
    0x2a,0x01, // BUILD_TUPLE 1
    0x53, // LOAD_NULL
    0x33,0x00, // MAKE_FUNCTION_DEFARGS 0
    0x16,0x0a, // STORE_NAME 'bump'
    0x82, // LOAD_CONST_SMALL_INT 2
    0x2a,0x01, // BUILD_TUPLE 1
    0x2c,0x00, // BUILD_MAP 0
    0x51, // LOAD_CONST_NONE
    0x10,0x02, // LOAD_CONST_STRING 'key'
    0x62, // STORE_MAP
    0x52, // LOAD_CONST_TRUE
    0x10,0x03, // LOAD_CONST_STRING 'flag'
    0x62, // STORE_MAP
    0x33,0x01, // MAKE_FUNCTION_DEFARGS 1
    0x16,0x0b, // STORE_NAME 'collect'
    0x32,0x02, // MAKE_FUNCTION 2
    0x16,0x0d, // STORE_NAME 'make_adder'
    0x32,0x03, // MAKE_FUNCTION 3
    0x16,0x0e, // STORE_NAME 'make_counter'
    0x11,0x13, // LOAD_NAME 'print'
    0x11,0x0a, // LOAD_NAME 'bump'
    0x34,0x00, // CALL_FUNCTION 0
    0x11,0x0a, // LOAD_NAME 'bump'
    0x85, // LOAD_CONST_SMALL_INT 5
    0x34,0x01, // CALL_FUNCTION 1
    0x34,0x02, // CALL_FUNCTION 2
    0x59, // POP_TOP
    0x11,0x13, // LOAD_NAME 'print'
    0x11,0x0b, // LOAD_NAME 'collect'
    0x81, // LOAD_CONST_SMALL_INT 1
    0x34,0x01, // CALL_FUNCTION 1
    0x34,0x01, // CALL_FUNCTION 1
    0x59, // POP_TOP
    0x11,0x13, // LOAD_NAME 'print'
    0x11,0x0b, // LOAD_NAME 'collect'
    0x81, // LOAD_CONST_SMALL_INT 1
    0x83, // LOAD_CONST_SMALL_INT 3
    0x84, // LOAD_CONST_SMALL_INT 4
    0x85, // LOAD_CONST_SMALL_INT 5
    0x10,0x02, // LOAD_CONST_STRING 'key'
    0x10,0x04, // LOAD_CONST_STRING 'k'
    0x10,0x05, // LOAD_CONST_STRING 'z'
    0x89, // LOAD_CONST_SMALL_INT 9
    0x10,0x06, // LOAD_CONST_STRING 'y'
    0x88, // LOAD_CONST_SMALL_INT 8
    0x34,0x86,0x04, // CALL_FUNCTION 772
    0x34,0x01, // CALL_FUNCTION 1
    0x59, // POP_TOP
    0x11,0x0d, // LOAD_NAME 'make_adder'
    0x83, // LOAD_CONST_SMALL_INT 3
    0x34,0x01, // CALL_FUNCTION 1
    0x16,0x14, // STORE_NAME 'add3'
    0x11,0x13, // LOAD_NAME 'print'
    0x11,0x14, // LOAD_NAME 'add3'
    0x84, // LOAD_CONST_SMALL_INT 4
    0x34,0x01, // CALL_FUNCTION 1
    0x11,0x0d, // LOAD_NAME 'make_adder'
    0x7f, // LOAD_CONST_SMALL_INT -1
    0x34,0x01, // CALL_FUNCTION 1
    0x81, // LOAD_CONST_SMALL_INT 1
    0x34,0x01, // CALL_FUNCTION 1
    0x34,0x02, // CALL_FUNCTION 2
    0x59, // POP_TOP
    0x11,0x0e, // LOAD_NAME 'make_counter'
    0x34,0x00, // CALL_FUNCTION 0
    0x16,0x15, // STORE_NAME 'c'
    0x11,0x15, // LOAD_NAME 'c'
    0x34,0x00, // CALL_FUNCTION 0
    0x59, // POP_TOP
    0x11,0x15, // LOAD_NAME 'c'
    0x8a, // LOAD_CONST_SMALL_INT 10
    0x34,0x01, // CALL_FUNCTION 1
    0x59, // POP_TOP
    0x11,0x13, // LOAD_NAME 'print'
    0x11,0x15, // LOAD_NAME 'c'
    0x34,0x00, // CALL_FUNCTION 0
    0x34,0x01, // CALL_FUNCTION 1
    0x59, // POP_TOP
    0x32,0x04, // MAKE_FUNCTION 4
    0x16,0x16, // STORE_NAME 'square'
    0x11,0x13, // LOAD_NAME 'print'
    0x11,0x17, // LOAD_NAME 'list'
    0x11,0x18, // LOAD_NAME 'map'
    0x11,0x16, // LOAD_NAME 'square'
    0x11,0x19, // LOAD_NAME 'range'
    0x85, // LOAD_CONST_SMALL_INT 5
    0x34,0x01, // CALL_FUNCTION 1
    0x34,0x02, // CALL_FUNCTION 2
    0x34,0x01, // CALL_FUNCTION 1
    0x34,0x01, // CALL_FUNCTION 1
    0x59, // POP_TOP
    0x11,0x13, // LOAD_NAME 'print'
    0x32,0x05, // MAKE_FUNCTION 5
    0x81, // LOAD_CONST_SMALL_INT 1
    0x82, // LOAD_CONST_SMALL_INT 2
    0x10,0x07, // LOAD_CONST_STRING 'b'
    0x83, // LOAD_CONST_SMALL_INT 3
    0x34,0x82,0x02, // CALL_FUNCTION 258
    0x34,0x01, // CALL_FUNCTION 1
    0x59, // POP_TOP
    0x81, // LOAD_CONST_SMALL_INT 1
    0x82, // LOAD_CONST_SMALL_INT 2
    0x2b,0x02, // BUILD_LIST 2
    0x16,0x1a, // STORE_NAME 'args'
    0x2c,0x01, // BUILD_MAP 1
    0x10,0x08, // LOAD_CONST_STRING 'x'
    0x10,0x02, // LOAD_CONST_STRING 'key'
    0x62, // STORE_MAP
    0x16,0x1b, // STORE_NAME 'kw'
    0x11,0x13, // LOAD_NAME 'print'
    0x11,0x0b, // LOAD_NAME 'collect'
    0x11,0x1a, // LOAD_NAME 'args'
    0x53, // LOAD_NULL
    0x11,0x1b, // LOAD_NAME 'kw'
    0x81, // LOAD_CONST_SMALL_INT 1
    0x35,0x82,0x01, // CALL_FUNCTION_VAR_KW 257
    0x34,0x01, // CALL_FUNCTION 1
    0x59, // POP_TOP
    0x10,0x09, // LOAD_CONST_STRING '0.3.1'
    0x16,0x1c, // STORE_NAME '__version__'
    0x51, // LOAD_CONST_NONE
    0x63, // RETURN_VALUE
};
// child of functions__lt_module_gt_
// frozen bytecode for file functions.py, scope functions_bump
static const byte fun_data_functions_bump[18] = {
    0x91,0x01,0x0c, // prelude
    0x0a,0x1d, // names: bump, n
    0x60,0x40,0x20,0x26, // code info
    0x12,0x12, // LOAD_GLOBAL 'counter'
    0xb0, // LOAD_FAST 0
    0xe5, // BINARY_OP 14 __iadd__
    0x17,0x12, // STORE_GLOBAL 'counter'
    0x12,0x12, // LOAD_GLOBAL 'counter'
    0x63, // RETURN_VALUE
};
#if MICROPY_PERSISTENT_CODE_SAVE
static const mp_raw_code_truncated_t proto_fun_functions_bump = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_BYTECODE,
    .is_generator = 0,
    .fun_data = fun_data_functions_bump,
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
        .n_state = 3,
        .n_exc_stack = 0,
        .scope_flags = 0,
        .n_pos_args = 1,
        .n_kwonly_args = 0,
        .n_def_pos_args = 1,
        .qstr_block_name_idx = 10,
        .line_info = fun_data_functions_bump + 5,
        .line_info_top = fun_data_functions_bump + 9,
        .opcodes = fun_data_functions_bump + 9,
    },
    #endif
    #endif
};
#else
#define proto_fun_functions_bump fun_data_functions_bump[0]
#endif

// child of functions__lt_module_gt_
// frozen bytecode for file functions.py, scope functions_collect
static const byte fun_data_functions_collect[30] = {
    0xea,0x81,0xc8,0xc0,0x40,0x0e, // prelude
    0x0b,0x1e,0x07,0x03,0x02, // names: collect, a, b, flag, key
    0x80,0x0b, // code info
    0xb0, // LOAD_FAST 0
    0xb1, // LOAD_FAST 1
    0xb4, // LOAD_FAST 4
    0xb3, // LOAD_FAST 3
    0xb2, // LOAD_FAST 2
    0x12,0x1f, // LOAD_GLOBAL 'sorted'
    0xb5, // LOAD_FAST 5
    0x14,0x0c, // LOAD_METHOD 'items'
    0x36,0x00, // CALL_METHOD 0
    0x34,0x01, // CALL_FUNCTION 1
    0x2a,0x06, // BUILD_TUPLE 6
    0x63, // RETURN_VALUE
};
#if MICROPY_PERSISTENT_CODE_SAVE
static const mp_raw_code_truncated_t proto_fun_functions_collect = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_BYTECODE,
    .is_generator = 0,
    .fun_data = fun_data_functions_collect,
    .children = NULL,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .fun_data_len = 30,
    .n_children = 0,
    #if MICROPY_EMIT_MACHINE_CODE
    .prelude_offset = 0,
    #endif
    #if MICROPY_PY_SYS_SETTRACE
    .line_of_definition = 0,
    .prelude = {
        .n_state = 14,
        .n_exc_stack = 0,
        .scope_flags = 14,
        .n_pos_args = 2,
        .n_kwonly_args = 2,
        .n_def_pos_args = 1,
        .qstr_block_name_idx = 11,
        .line_info = fun_data_functions_collect + 11,
        .line_info_top = fun_data_functions_collect + 13,
        .opcodes = fun_data_functions_collect + 13,
    },
    #endif
    #endif
};
#else
#define proto_fun_functions_collect fun_data_functions_collect[0]
#endif

// child of functions__lt_module_gt_
// frozen bytecode for file functions.py, scope functions_make_adder
static const byte fun_data_functions_make_adder[15] = {
    0x11,0x0b, // prelude
    0x0d,0x04, // names: make_adder, k
    0x80,0x0f,0x45,0x00, // code info
    0xb0, // LOAD_FAST 0
    0x20,0x00,0x01, // MAKE_CLOSURE 0
    0xc1, // STORE_FAST 1
    0xb1, // LOAD_FAST 1
    0x63, // RETURN_VALUE
};
// child of functions_make_adder
// frozen bytecode for file functions.py, scope functions_make_adder_add
static const byte fun_data_functions_make_adder_add[12] = {
    0x1a,0x0a, // prelude
    0x10,0x21,0x08, // names: add, *, x
    0x80,0x10, // code info
    0xb1, // LOAD_FAST 1
    0x25,0x00, // LOAD_DEREF 0
    0xf2, // BINARY_OP 27 __add__
    0x63, // RETURN_VALUE
};
#if MICROPY_PERSISTENT_CODE_SAVE
static const mp_raw_code_truncated_t proto_fun_functions_make_adder_add = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_BYTECODE,
    .is_generator = 0,
    .fun_data = fun_data_functions_make_adder_add,
    .children = NULL,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .fun_data_len = 12,
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
        .qstr_block_name_idx = 16,
        .line_info = fun_data_functions_make_adder_add + 5,
        .line_info_top = fun_data_functions_make_adder_add + 7,
        .opcodes = fun_data_functions_make_adder_add + 7,
    },
    #endif
    #endif
};
#else
#define proto_fun_functions_make_adder_add fun_data_functions_make_adder_add[0]
#endif

static const mp_raw_code_t *const children_functions_make_adder[] = {
    (const mp_raw_code_t *)&proto_fun_functions_make_adder_add,
};

static const mp_raw_code_truncated_t proto_fun_functions_make_adder = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_BYTECODE,
    .is_generator = 0,
    .fun_data = fun_data_functions_make_adder,
    .children = (void *)&children_functions_make_adder,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .fun_data_len = 15,
    .n_children = 1,
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
        .line_info = fun_data_functions_make_adder + 4,
        .line_info_top = fun_data_functions_make_adder + 7,
        .opcodes = fun_data_functions_make_adder + 8,
    },
    #endif
    #endif
};

// child of functions__lt_module_gt_
// frozen bytecode for file functions.py, scope functions_make_counter
static const byte fun_data_functions_make_counter[23] = {
    0x20,0x0d, // prelude
    0x0e, // names: make_counter
    0x80,0x15,0x43,0x69,0x20,0x01, // code info
    0x80, // LOAD_CONST_SMALL_INT 0
    0x27,0x01, // STORE_DEREF 1
    0x81, // LOAD_CONST_SMALL_INT 1
    0x2a,0x01, // BUILD_TUPLE 1
    0x53, // LOAD_NULL
    0xb1, // LOAD_FAST 1
    0x21,0x00,0x01, // MAKE_CLOSURE_DEFARGS 0
    0xc0, // STORE_FAST 0
    0xb0, // LOAD_FAST 0
    0x63, // RETURN_VALUE
};
// child of functions_make_counter
// frozen bytecode for file functions.py, scope functions_make_counter_step
static const byte fun_data_functions_make_counter_step[19] = {
    0x9a,0x01,0x0e, // prelude
    0x11,0x21,0x22, // names: step, *, by
    0x80,0x18,0x20,0x26, // code info
    0x25,0x00, // LOAD_DEREF 0
    0xb1, // LOAD_FAST 1
    0xe5, // BINARY_OP 14 __iadd__
    0x27,0x00, // STORE_DEREF 0
    0x25,0x00, // LOAD_DEREF 0
    0x63, // RETURN_VALUE
};
#if MICROPY_PERSISTENT_CODE_SAVE
static const mp_raw_code_truncated_t proto_fun_functions_make_counter_step = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_BYTECODE,
    .is_generator = 0,
    .fun_data = fun_data_functions_make_counter_step,
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
        .scope_flags = 0,
        .n_pos_args = 2,
        .n_kwonly_args = 0,
        .n_def_pos_args = 1,
        .qstr_block_name_idx = 17,
        .line_info = fun_data_functions_make_counter_step + 6,
        .line_info_top = fun_data_functions_make_counter_step + 10,
        .opcodes = fun_data_functions_make_counter_step + 10,
    },
    #endif
    #endif
};
#else
#define proto_fun_functions_make_counter_step fun_data_functions_make_counter_step[0]
#endif

static const mp_raw_code_t *const children_functions_make_counter[] = {
    (const mp_raw_code_t *)&proto_fun_functions_make_counter_step,
};

static const mp_raw_code_truncated_t proto_fun_functions_make_counter = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_BYTECODE,
    .is_generator = 0,
    .fun_data = fun_data_functions_make_counter,
    .children = (void *)&children_functions_make_counter,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .fun_data_len = 23,
    .n_children = 1,
    #if MICROPY_EMIT_MACHINE_CODE
    .prelude_offset = 0,
    #endif
    #if MICROPY_PY_SYS_SETTRACE
    .line_of_definition = 0,
    .prelude = {
        .n_state = 5,
        .n_exc_stack = 0,
        .scope_flags = 0,
        .n_pos_args = 0,
        .n_kwonly_args = 0,
        .n_def_pos_args = 0,
        .qstr_block_name_idx = 14,
        .line_info = fun_data_functions_make_counter + 3,
        .line_info_top = fun_data_functions_make_counter + 8,
        .opcodes = fun_data_functions_make_counter + 9,
    },
    #endif
    #endif
};

// child of functions__lt_module_gt_
// frozen bytecode for file functions.py, scope functions__lt_lambda_gt_
static const byte fun_data_functions__lt_lambda_gt_[10] = {
    0x11,0x08, // prelude
    0x0f,0x20, // names: <lambda>, v
    0x80,0x27, // code info
    0xb0, // LOAD_FAST 0
    0xb0, // LOAD_FAST 0
    0xf4, // BINARY_OP 29 __mul__
    0x63, // RETURN_VALUE
};
#if MICROPY_PERSISTENT_CODE_SAVE
static const mp_raw_code_truncated_t proto_fun_functions__lt_lambda_gt_ = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_BYTECODE,
    .is_generator = 0,
    .fun_data = fun_data_functions__lt_lambda_gt_,
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
        .n_state = 3,
        .n_exc_stack = 0,
        .scope_flags = 0,
        .n_pos_args = 1,
        .n_kwonly_args = 0,
        .n_def_pos_args = 0,
        .qstr_block_name_idx = 15,
        .line_info = fun_data_functions__lt_lambda_gt_ + 4,
        .line_info_top = fun_data_functions__lt_lambda_gt_ + 6,
        .opcodes = fun_data_functions__lt_lambda_gt_ + 6,
    },
    #endif
    #endif
};
#else
#define proto_fun_functions__lt_lambda_gt_ fun_data_functions__lt_lambda_gt_[0]
#endif

// child of functions__lt_module_gt_
// frozen bytecode for file functions.py, scope functions__lt_lambda_gt_2
static const byte fun_data_functions__lt_lambda_gt_2[17] = {
    0xa0,0x80,0xc0,0x40,0x06, // prelude
    0x0f, // names: <lambda>
    0x80,0x29, // code info
    0xb0, // LOAD_FAST 0
    0x12,0x1f, // LOAD_GLOBAL 'sorted'
    0xb1, // LOAD_FAST 1
    0x34,0x01, // CALL_FUNCTION 1
    0x2a,0x02, // BUILD_TUPLE 2
    0x63, // RETURN_VALUE
};
#if MICROPY_PERSISTENT_CODE_SAVE
static const mp_raw_code_truncated_t proto_fun_functions__lt_lambda_gt_2 = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_BYTECODE,
    .is_generator = 0,
    .fun_data = fun_data_functions__lt_lambda_gt_2,
    .children = NULL,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .fun_data_len = 17,
    .n_children = 0,
    #if MICROPY_EMIT_MACHINE_CODE
    .prelude_offset = 0,
    #endif
    #if MICROPY_PY_SYS_SETTRACE
    .line_of_definition = 0,
    .prelude = {
        .n_state = 5,
        .n_exc_stack = 0,
        .scope_flags = 6,
        .n_pos_args = 0,
        .n_kwonly_args = 0,
        .n_def_pos_args = 0,
        .qstr_block_name_idx = 15,
        .line_info = fun_data_functions__lt_lambda_gt_2 + 6,
        .line_info_top = fun_data_functions__lt_lambda_gt_2 + 8,
        .opcodes = fun_data_functions__lt_lambda_gt_2 + 8,
    },
    #endif
    #endif
};
#else
#define proto_fun_functions__lt_lambda_gt_2 fun_data_functions__lt_lambda_gt_2[0]
#endif

static const mp_raw_code_t *const children_functions__lt_module_gt_[] = {
    (const mp_raw_code_t *)&proto_fun_functions_bump,
    (const mp_raw_code_t *)&proto_fun_functions_collect,
    (const mp_raw_code_t *)&proto_fun_functions_make_adder,
    (const mp_raw_code_t *)&proto_fun_functions_make_counter,
    (const mp_raw_code_t *)&proto_fun_functions__lt_lambda_gt_,
    (const mp_raw_code_t *)&proto_fun_functions__lt_lambda_gt_2,
};

static const mp_raw_code_truncated_t proto_fun_functions__lt_module_gt_ = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_BYTECODE,
    .is_generator = 0,
    .fun_data = fun_data_functions__lt_module_gt_,
    .children = (void *)&children_functions__lt_module_gt_,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .fun_data_len = 239,
    .n_children = 6,
    #if MICROPY_EMIT_MACHINE_CODE
    .prelude_offset = 0,
    #endif
    #if MICROPY_PY_SYS_SETTRACE
    .line_of_definition = 0,
    .prelude = {
        .n_state = 12,
        .n_exc_stack = 0,
        .scope_flags = 0,
        .n_pos_args = 0,
        .n_kwonly_args = 0,
        .n_def_pos_args = 0,
        .qstr_block_name_idx = 1,
        .line_info = fun_data_functions__lt_module_gt_ + 3,
        .line_info_top = fun_data_functions__lt_module_gt_ + 28,
        .opcodes = fun_data_functions__lt_module_gt_ + 28,
    },
    #endif
    #endif
};

static const qstr_short_t const_qstr_table_data_functions[35] = {
    MP_QSTR_functions_dot_py,
    MP_QSTR__lt_module_gt_,
    MP_QSTR_key,
    MP_QSTR_flag,
    MP_QSTR_k,
    MP_QSTR_z,
    MP_QSTR_y,
    MP_QSTR_b,
    MP_QSTR_x,
    MP_QSTR_0_dot_3_dot_1,
    MP_QSTR_bump,
    MP_QSTR_collect,
    MP_QSTR_items,
    MP_QSTR_make_adder,
    MP_QSTR_make_counter,
    MP_QSTR__lt_lambda_gt_,
    MP_QSTR_add,
    MP_QSTR_step,
    MP_QSTR_counter,
    MP_QSTR_print,
    MP_QSTR_add3,
    MP_QSTR_c,
    MP_QSTR_square,
    MP_QSTR_list,
    MP_QSTR_map,
    MP_QSTR_range,
    MP_QSTR_args,
    MP_QSTR_kw,
    MP_QSTR___version__,
    MP_QSTR_n,
    MP_QSTR_a,
    MP_QSTR_sorted,
    MP_QSTR_v,
    MP_QSTR__star_,
    MP_QSTR_by,
};

static const mp_frozen_module_t frozen_module_functions = {
    .constants = {
        .qstr_table = (qstr_short_t *)&const_qstr_table_data_functions,
        .obj_table = NULL,
    },
    .proto_fun = &proto_fun_functions__lt_module_gt_,
};

////////////////////////////////////////////////////////////////////////////////
// frozen module drivers_classes
// - original source file: build/frozen_mpy/drivers/classes.mpy
// - frozen file name: drivers/classes.py
// - .mpy header: 4d:06:00:1f

// frozen bytecode for file drivers/classes.py, scope drivers_classes__lt_module_gt_
static const byte fun_data_drivers_classes__lt_module_gt_[170] = {
    0x30,0x1e, // prelude
    0x01, // names: <module>
    0x20,0x89,0x0d,0x8b,0x1a,0x27,0x2f,0x35,0x36,0x6f,0x89,0x11,0x29,0x7d, // code info
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
    0x16,0x1a, // STORE_NAME 's'
    0x11,0x1b, // LOAD_NAME 'print'
    0x11,0x1a, // LOAD_NAME 's'
    0x14,0x04, // LOAD_METHOD 'describe'
    0x36,0x00, // CALL_METHOD 0
    0x11,0x1a, // LOAD_NAME 's'
    0x13,0x05, // LOAD_ATTR 'area'
    0x34,0x02, // CALL_FUNCTION 2
    0x59, // POP_TOP
    0x11,0x1b, // LOAD_NAME 'print'
    0x11,0x1a, // LOAD_NAME 's'
    0x11,0x03, // LOAD_NAME 'Square'
    0x83, // LOAD_CONST_SMALL_INT 3
    0x34,0x01, // CALL_FUNCTION 1
    0xd9, // BINARY_OP 2 __eq__
    0x11,0x1a, // LOAD_NAME 's'
    0x11,0x03, // LOAD_NAME 'Square'
    0x84, // LOAD_CONST_SMALL_INT 4
    0x34,0x01, // CALL_FUNCTION 1
    0xd9, // BINARY_OP 2 __eq__
    0x34,0x02, // CALL_FUNCTION 2
    0x59, // POP_TOP
    0x11,0x1b, // LOAD_NAME 'print'
    0x11,0x1a, // LOAD_NAME 's'
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
    0x11,0x1b, // LOAD_NAME 'print'
    0x11,0x1c, // LOAD_NAME 'repr'
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
    0x16,0x1d, // STORE_NAME 'v'
    0x11,0x1b, // LOAD_NAME 'print'
    0x11,0x1e, // LOAD_NAME 'len'
    0x11,0x1d, // LOAD_NAME 'v'
    0x34,0x01, // CALL_FUNCTION 1
    0x11,0x1d, // LOAD_NAME 'v'
    0x81, // LOAD_CONST_SMALL_INT 1
    0x55, // LOAD_SUBSCR
    0x11,0x1f, // LOAD_NAME 'list'
    0x11,0x1d, // LOAD_NAME 'v'
    0x34,0x01, // CALL_FUNCTION 1
    0x82, // LOAD_CONST_SMALL_INT 2
    0x11,0x1d, // LOAD_NAME 'v'
    0xdd, // BINARY_OP 6 <in>
    0x85, // LOAD_CONST_SMALL_INT 5
    0x11,0x1d, // LOAD_NAME 'v'
    0xdd, // BINARY_OP 6 <in>
    0x34,0x05, // CALL_FUNCTION 5
    0x59, // POP_TOP
    0x10,0x0a, // LOAD_CONST_STRING '0.3.1'
    0x16,0x20, // STORE_NAME '__version__'
    0x51, // LOAD_CONST_NONE
    0x63, // RETURN_VALUE
};
// child of drivers_classes__lt_module_gt_
// frozen bytecode for file drivers/classes.py, scope drivers_classes_Shape
static const byte fun_data_drivers_classes_Shape[32] = {
    0x00,0x0a, // prelude
    0x02, // names: Shape
    0x48,0x43,0x64,0x64, // code info
    0x11,0x14, // LOAD_NAME '__name__'
    0x16,0x21, // STORE_NAME '__module__'
    0x10,0x02, // LOAD_CONST_STRING 'Shape'
    0x16,0x22, // STORE_NAME '__qualname__'
    0x80, // LOAD_CONST_SMALL_INT 0
    0x16,0x0d, // STORE_NAME 'sides'
    0x32,0x00, // MAKE_FUNCTION 0
    0x16,0x0b, // STORE_NAME '__init__'
    0x32,0x01, // MAKE_FUNCTION 1
    0x16,0x04, // STORE_NAME 'describe'
    0x32,0x02, // MAKE_FUNCTION 2
    0x16,0x0e, // STORE_NAME '__repr__'
    0x51, // LOAD_CONST_NONE
    0x63, // RETURN_VALUE
};
// child of drivers_classes_Shape
// frozen bytecode for file drivers/classes.py, scope drivers_classes_Shape___init__
static const byte fun_data_drivers_classes_Shape___init__[13] = {
    0x1a,0x0a, // prelude
    0x0b,0x26,0x0c, // names: __init__, self, name
    0x60,0x40, // code info
    0xb1, // LOAD_FAST 1
    0xb0, // LOAD_FAST 0
    0x18,0x0c, // STORE_ATTR 'name'
    0x51, // LOAD_CONST_NONE
    0x63, // RETURN_VALUE
};
#if MICROPY_PERSISTENT_CODE_SAVE
static const mp_raw_code_truncated_t proto_fun_drivers_classes_Shape___init__ = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_BYTECODE,
    .is_generator = 0,
    .fun_data = fun_data_drivers_classes_Shape___init__,
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
        .qstr_block_name_idx = 11,
        .line_info = fun_data_drivers_classes_Shape___init__ + 5,
        .line_info_top = fun_data_drivers_classes_Shape___init__ + 7,
        .opcodes = fun_data_drivers_classes_Shape___init__ + 7,
    },
    #endif
    #endif
};
#else
#define proto_fun_drivers_classes_Shape___init__ fun_data_drivers_classes_Shape___init__[0]
#endif

// child of drivers_classes_Shape
// frozen bytecode for file drivers/classes.py, scope drivers_classes_Shape_describe
static const byte fun_data_drivers_classes_Shape_describe[18] = {
    0x19,0x08, // prelude
    0x04,0x26, // names: describe, self
    0x80,0x08, // code info
    0x23,0x00, // LOAD_CONST_OBJ 0
    0xb0, // LOAD_FAST 0
    0x13,0x0c, // LOAD_ATTR 'name'
    0xb0, // LOAD_FAST 0
    0x13,0x0d, // LOAD_ATTR 'sides'
    0x2a,0x02, // BUILD_TUPLE 2
    0xf8, // BINARY_OP 33 __mod__
    0x63, // RETURN_VALUE
};
#if MICROPY_PERSISTENT_CODE_SAVE
static const mp_raw_code_truncated_t proto_fun_drivers_classes_Shape_describe = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_BYTECODE,
    .is_generator = 0,
    .fun_data = fun_data_drivers_classes_Shape_describe,
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
        .line_info = fun_data_drivers_classes_Shape_describe + 4,
        .line_info_top = fun_data_drivers_classes_Shape_describe + 6,
        .opcodes = fun_data_drivers_classes_Shape_describe + 6,
    },
    #endif
    #endif
};
#else
#define proto_fun_drivers_classes_Shape_describe fun_data_drivers_classes_Shape_describe[0]
#endif

// child of drivers_classes_Shape
// frozen bytecode for file drivers/classes.py, scope drivers_classes_Shape___repr__
static const byte fun_data_drivers_classes_Shape___repr__[13] = {
    0x11,0x08, // prelude
    0x0e,0x26, // names: __repr__, self
    0x80,0x0b, // code info
    0x10,0x0f, // LOAD_CONST_STRING 'Shape(%r)'
    0xb0, // LOAD_FAST 0
    0x13,0x0c, // LOAD_ATTR 'name'
    0xf8, // BINARY_OP 33 __mod__
    0x63, // RETURN_VALUE
};
#if MICROPY_PERSISTENT_CODE_SAVE
static const mp_raw_code_truncated_t proto_fun_drivers_classes_Shape___repr__ = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_BYTECODE,
    .is_generator = 0,
    .fun_data = fun_data_drivers_classes_Shape___repr__,
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
        .qstr_block_name_idx = 14,
        .line_info = fun_data_drivers_classes_Shape___repr__ + 4,
        .line_info_top = fun_data_drivers_classes_Shape___repr__ + 6,
        .opcodes = fun_data_drivers_classes_Shape___repr__ + 6,
    },
    #endif
    #endif
};
#else
#define proto_fun_drivers_classes_Shape___repr__ fun_data_drivers_classes_Shape___repr__[0]
#endif

static const mp_raw_code_t *const children_drivers_classes_Shape[] = {
    (const mp_raw_code_t *)&proto_fun_drivers_classes_Shape___init__,
    (const mp_raw_code_t *)&proto_fun_drivers_classes_Shape_describe,
    (const mp_raw_code_t *)&proto_fun_drivers_classes_Shape___repr__,
};

static const mp_raw_code_truncated_t proto_fun_drivers_classes_Shape = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_BYTECODE,
    .is_generator = 0,
    .fun_data = fun_data_drivers_classes_Shape,
    .children = (void *)&children_drivers_classes_Shape,
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
        .line_info = fun_data_drivers_classes_Shape + 3,
        .line_info_top = fun_data_drivers_classes_Shape + 7,
        .opcodes = fun_data_drivers_classes_Shape + 7,
    },
    #endif
    #endif
};

// child of drivers_classes__lt_module_gt_
// frozen bytecode for file drivers/classes.py, scope drivers_classes_Square
static const byte fun_data_drivers_classes_Square[66] = {
    0x10,0x19, // prelude
    0x03, // names: Square
    0x88,0x0f,0x43,0x66,0x20,0x68,0x20,0x64,0x64,0x68,0x20,0x00, // code info
    0x11,0x14, // LOAD_NAME '__name__'
    0x16,0x21, // STORE_NAME '__module__'
    0x10,0x03, // LOAD_CONST_STRING 'Square'
    0x16,0x22, // STORE_NAME '__qualname__'
    0x84, // LOAD_CONST_SMALL_INT 4
    0x16,0x0d, // STORE_NAME 'sides'
    0xb0, // LOAD_FAST 0
    0x20,0x00,0x01, // MAKE_CLOSURE 0
    0x16,0x0b, // STORE_NAME '__init__'
    0x11,0x23, // LOAD_NAME 'property'
    0x32,0x01, // MAKE_FUNCTION 1
    0x34,0x01, // CALL_FUNCTION 1
    0x16,0x05, // STORE_NAME 'area'
    0x32,0x02, // MAKE_FUNCTION 2
    0x16,0x12, // STORE_NAME '__eq__'
    0x32,0x03, // MAKE_FUNCTION 3
    0x16,0x13, // STORE_NAME '__add__'
    0x11,0x24, // LOAD_NAME 'staticmethod'
    0x32,0x04, // MAKE_FUNCTION 4
    0x34,0x01, // CALL_FUNCTION 1
    0x16,0x06, // STORE_NAME 'unit'
    0x11,0x25, // LOAD_NAME 'classmethod'
    0x32,0x05, // MAKE_FUNCTION 5
    0x34,0x01, // CALL_FUNCTION 1
    0x16,0x07, // STORE_NAME 'named'
    0xb0, // LOAD_FAST 0
    0x63, // RETURN_VALUE
};
// child of drivers_classes_Square
// frozen bytecode for file drivers/classes.py, scope drivers_classes_Square___init__
static const byte fun_data_drivers_classes_Square___init__[27] = {
    0x2b,0x0e, // prelude
    0x0b,0x27,0x26,0x28, // names: __init__, *, self, size
    0x80,0x12,0x2c, // code info
    0x12,0x29, // LOAD_GLOBAL 'super'
    0x25,0x00, // LOAD_DEREF 0
    0xb1, // LOAD_FAST 1
    0x15,0x0b, // LOAD_SUPER_METHOD '__init__'
    0x10,0x10, // LOAD_CONST_STRING 'square'
    0x36,0x01, // CALL_METHOD 1
    0x59, // POP_TOP
    0xb2, // LOAD_FAST 2
    0xb1, // LOAD_FAST 1
    0x18,0x11, // STORE_ATTR '_size'
    0x51, // LOAD_CONST_NONE
    0x63, // RETURN_VALUE
};
#if MICROPY_PERSISTENT_CODE_SAVE
static const mp_raw_code_truncated_t proto_fun_drivers_classes_Square___init__ = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_BYTECODE,
    .is_generator = 0,
    .fun_data = fun_data_drivers_classes_Square___init__,
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
        .qstr_block_name_idx = 11,
        .line_info = fun_data_drivers_classes_Square___init__ + 6,
        .line_info_top = fun_data_drivers_classes_Square___init__ + 9,
        .opcodes = fun_data_drivers_classes_Square___init__ + 9,
    },
    #endif
    #endif
};
#else
#define proto_fun_drivers_classes_Square___init__ fun_data_drivers_classes_Square___init__[0]
#endif

// child of drivers_classes_Square
// frozen bytecode for file drivers/classes.py, scope drivers_classes_Square_area
static const byte fun_data_drivers_classes_Square_area[14] = {
    0x11,0x08, // prelude
    0x05,0x26, // names: area, self
    0x80,0x17, // code info
    0xb0, // LOAD_FAST 0
    0x13,0x11, // LOAD_ATTR '_size'
    0xb0, // LOAD_FAST 0
    0x13,0x11, // LOAD_ATTR '_size'
    0xf4, // BINARY_OP 29 __mul__
    0x63, // RETURN_VALUE
};
#if MICROPY_PERSISTENT_CODE_SAVE
static const mp_raw_code_truncated_t proto_fun_drivers_classes_Square_area = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_BYTECODE,
    .is_generator = 0,
    .fun_data = fun_data_drivers_classes_Square_area,
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
        .line_info = fun_data_drivers_classes_Square_area + 4,
        .line_info_top = fun_data_drivers_classes_Square_area + 6,
        .opcodes = fun_data_drivers_classes_Square_area + 6,
    },
    #endif
    #endif
};
#else
#define proto_fun_drivers_classes_Square_area fun_data_drivers_classes_Square_area[0]
#endif

// child of drivers_classes_Square
// frozen bytecode for file drivers/classes.py, scope drivers_classes_Square___eq__
static const byte fun_data_drivers_classes_Square___eq__[24] = {
    0x22,0x0a, // prelude
    0x12,0x26,0x2a, // names: __eq__, self, other
    0x80,0x1a, // code info
    0x12,0x2b, // LOAD_GLOBAL 'isinstance'
    0xb1, // LOAD_FAST 1
    0x12,0x03, // LOAD_GLOBAL 'Square'
    0x34,0x02, // CALL_FUNCTION 2
    0x46,0x07, // JUMP_IF_FALSE_OR_POP 7
    0xb1, // LOAD_FAST 1
    0x13,0x11, // LOAD_ATTR '_size'
    0xb0, // LOAD_FAST 0
    0x13,0x11, // LOAD_ATTR '_size'
    0xd9, // BINARY_OP 2 __eq__
    0x63, // RETURN_VALUE
};
#if MICROPY_PERSISTENT_CODE_SAVE
static const mp_raw_code_truncated_t proto_fun_drivers_classes_Square___eq__ = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_BYTECODE,
    .is_generator = 0,
    .fun_data = fun_data_drivers_classes_Square___eq__,
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
        .qstr_block_name_idx = 18,
        .line_info = fun_data_drivers_classes_Square___eq__ + 5,
        .line_info_top = fun_data_drivers_classes_Square___eq__ + 7,
        .opcodes = fun_data_drivers_classes_Square___eq__ + 7,
    },
    #endif
    #endif
};
#else
#define proto_fun_drivers_classes_Square___eq__ fun_data_drivers_classes_Square___eq__[0]
#endif

// child of drivers_classes_Square
// frozen bytecode for file drivers/classes.py, scope drivers_classes_Square___add__
static const byte fun_data_drivers_classes_Square___add__[19] = {
    0x22,0x0a, // prelude
    0x13,0x26,0x2a, // names: __add__, self, other
    0x80,0x1d, // code info
    0x12,0x03, // LOAD_GLOBAL 'Square'
    0xb0, // LOAD_FAST 0
    0x13,0x11, // LOAD_ATTR '_size'
    0xb1, // LOAD_FAST 1
    0x13,0x11, // LOAD_ATTR '_size'
    0xf2, // BINARY_OP 27 __add__
    0x34,0x01, // CALL_FUNCTION 1
    0x63, // RETURN_VALUE
};
#if MICROPY_PERSISTENT_CODE_SAVE
static const mp_raw_code_truncated_t proto_fun_drivers_classes_Square___add__ = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_BYTECODE,
    .is_generator = 0,
    .fun_data = fun_data_drivers_classes_Square___add__,
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
        .qstr_block_name_idx = 19,
        .line_info = fun_data_drivers_classes_Square___add__ + 5,
        .line_info_top = fun_data_drivers_classes_Square___add__ + 7,
        .opcodes = fun_data_drivers_classes_Square___add__ + 7,
    },
    #endif
    #endif
};
#else
#define proto_fun_drivers_classes_Square___add__ fun_data_drivers_classes_Square___add__[0]
#endif

// child of drivers_classes_Square
// frozen bytecode for file drivers/classes.py, scope drivers_classes_Square_unit
static const byte fun_data_drivers_classes_Square_unit[11] = {
    0x08,0x06, // prelude
    0x06, // names: unit
    0x80,0x21, // code info
    0x12,0x03, // LOAD_GLOBAL 'Square'
    0x81, // LOAD_CONST_SMALL_INT 1
    0x34,0x01, // CALL_FUNCTION 1
    0x63, // RETURN_VALUE
};
#if MICROPY_PERSISTENT_CODE_SAVE
static const mp_raw_code_truncated_t proto_fun_drivers_classes_Square_unit = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_BYTECODE,
    .is_generator = 0,
    .fun_data = fun_data_drivers_classes_Square_unit,
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
        .line_info = fun_data_drivers_classes_Square_unit + 3,
        .line_info_top = fun_data_drivers_classes_Square_unit + 5,
        .opcodes = fun_data_drivers_classes_Square_unit + 5,
    },
    #endif
    #endif
};
#else
#define proto_fun_drivers_classes_Square_unit fun_data_drivers_classes_Square_unit[0]
#endif

// child of drivers_classes_Square
// frozen bytecode for file drivers/classes.py, scope drivers_classes_Square_named
static const byte fun_data_drivers_classes_Square_named[10] = {
    0x09,0x08, // prelude
    0x07,0x2c, // names: named, cls
    0x80,0x25, // code info
    0xb0, // LOAD_FAST 0
    0x13,0x14, // LOAD_ATTR '__name__'
    0x63, // RETURN_VALUE
};
#if MICROPY_PERSISTENT_CODE_SAVE
static const mp_raw_code_truncated_t proto_fun_drivers_classes_Square_named = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_BYTECODE,
    .is_generator = 0,
    .fun_data = fun_data_drivers_classes_Square_named,
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
        .line_info = fun_data_drivers_classes_Square_named + 4,
        .line_info_top = fun_data_drivers_classes_Square_named + 6,
        .opcodes = fun_data_drivers_classes_Square_named + 6,
    },
    #endif
    #endif
};
#else
#define proto_fun_drivers_classes_Square_named fun_data_drivers_classes_Square_named[0]
#endif

static const mp_raw_code_t *const children_drivers_classes_Square[] = {
    (const mp_raw_code_t *)&proto_fun_drivers_classes_Square___init__,
    (const mp_raw_code_t *)&proto_fun_drivers_classes_Square_area,
    (const mp_raw_code_t *)&proto_fun_drivers_classes_Square___eq__,
    (const mp_raw_code_t *)&proto_fun_drivers_classes_Square___add__,
    (const mp_raw_code_t *)&proto_fun_drivers_classes_Square_unit,
    (const mp_raw_code_t *)&proto_fun_drivers_classes_Square_named,
};

static const mp_raw_code_truncated_t proto_fun_drivers_classes_Square = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_BYTECODE,
    .is_generator = 0,
    .fun_data = fun_data_drivers_classes_Square,
    .children = (void *)&children_drivers_classes_Square,
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
        .line_info = fun_data_drivers_classes_Square + 3,
        .line_info_top = fun_data_drivers_classes_Square + 14,
        .opcodes = fun_data_drivers_classes_Square + 15,
    },
    #endif
    #endif
};

// child of drivers_classes__lt_module_gt_
// frozen bytecode for file drivers/classes.py, scope drivers_classes_Vec
static const byte fun_data_drivers_classes_Vec[39] = {
    0x00,0x0e, // prelude
    0x09, // names: Vec
    0x88,0x30,0x64,0x64,0x64,0x64, // code info
    0x11,0x14, // LOAD_NAME '__name__'
    0x16,0x21, // STORE_NAME '__module__'
    0x10,0x09, // LOAD_CONST_STRING 'Vec'
    0x16,0x22, // STORE_NAME '__qualname__'
    0x32,0x00, // MAKE_FUNCTION 0
    0x16,0x0b, // STORE_NAME '__init__'
    0x32,0x01, // MAKE_FUNCTION 1
    0x16,0x16, // STORE_NAME '__len__'
    0x32,0x02, // MAKE_FUNCTION 2
    0x16,0x17, // STORE_NAME '__getitem__'
    0x32,0x03, // MAKE_FUNCTION 3
    0x16,0x18, // STORE_NAME '__iter__'
    0x32,0x04, // MAKE_FUNCTION 4
    0x16,0x19, // STORE_NAME '__contains__'
    0x51, // LOAD_CONST_NONE
    0x63, // RETURN_VALUE
};
// child of drivers_classes_Vec
// frozen bytecode for file drivers/classes.py, scope drivers_classes_Vec___init__
static const byte fun_data_drivers_classes_Vec___init__[19] = {
    0x99,0x80,0x80,0x40,0x08, // prelude
    0x0b,0x26, // names: __init__, self
    0x80,0x31, // code info
    0x12,0x1f, // LOAD_GLOBAL 'list'
    0xb1, // LOAD_FAST 1
    0x34,0x01, // CALL_FUNCTION 1
    0xb0, // LOAD_FAST 0
    0x18,0x15, // STORE_ATTR 'xs'
    0x51, // LOAD_CONST_NONE
    0x63, // RETURN_VALUE
};
#if MICROPY_PERSISTENT_CODE_SAVE
static const mp_raw_code_truncated_t proto_fun_drivers_classes_Vec___init__ = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_BYTECODE,
    .is_generator = 0,
    .fun_data = fun_data_drivers_classes_Vec___init__,
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
        .qstr_block_name_idx = 11,
        .line_info = fun_data_drivers_classes_Vec___init__ + 7,
        .line_info_top = fun_data_drivers_classes_Vec___init__ + 9,
        .opcodes = fun_data_drivers_classes_Vec___init__ + 9,
    },
    #endif
    #endif
};
#else
#define proto_fun_drivers_classes_Vec___init__ fun_data_drivers_classes_Vec___init__[0]
#endif

// child of drivers_classes_Vec
// frozen bytecode for file drivers/classes.py, scope drivers_classes_Vec___len__
static const byte fun_data_drivers_classes_Vec___len__[14] = {
    0x11,0x08, // prelude
    0x16,0x26, // names: __len__, self
    0x80,0x34, // code info
    0x12,0x1e, // LOAD_GLOBAL 'len'
    0xb0, // LOAD_FAST 0
    0x13,0x15, // LOAD_ATTR 'xs'
    0x34,0x01, // CALL_FUNCTION 1
    0x63, // RETURN_VALUE
};
#if MICROPY_PERSISTENT_CODE_SAVE
static const mp_raw_code_truncated_t proto_fun_drivers_classes_Vec___len__ = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_BYTECODE,
    .is_generator = 0,
    .fun_data = fun_data_drivers_classes_Vec___len__,
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
        .qstr_block_name_idx = 22,
        .line_info = fun_data_drivers_classes_Vec___len__ + 4,
        .line_info_top = fun_data_drivers_classes_Vec___len__ + 6,
        .opcodes = fun_data_drivers_classes_Vec___len__ + 6,
    },
    #endif
    #endif
};
#else
#define proto_fun_drivers_classes_Vec___len__ fun_data_drivers_classes_Vec___len__[0]
#endif

// child of drivers_classes_Vec
// frozen bytecode for file drivers/classes.py, scope drivers_classes_Vec___getitem__
static const byte fun_data_drivers_classes_Vec___getitem__[13] = {
    0x1a,0x0a, // prelude
    0x17,0x26,0x2d, // names: __getitem__, self, i
    0x80,0x37, // code info
    0xb0, // LOAD_FAST 0
    0x13,0x15, // LOAD_ATTR 'xs'
    0xb1, // LOAD_FAST 1
    0x55, // LOAD_SUBSCR
    0x63, // RETURN_VALUE
};
#if MICROPY_PERSISTENT_CODE_SAVE
static const mp_raw_code_truncated_t proto_fun_drivers_classes_Vec___getitem__ = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_BYTECODE,
    .is_generator = 0,
    .fun_data = fun_data_drivers_classes_Vec___getitem__,
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
        .qstr_block_name_idx = 23,
        .line_info = fun_data_drivers_classes_Vec___getitem__ + 5,
        .line_info_top = fun_data_drivers_classes_Vec___getitem__ + 7,
        .opcodes = fun_data_drivers_classes_Vec___getitem__ + 7,
    },
    #endif
    #endif
};
#else
#define proto_fun_drivers_classes_Vec___getitem__ fun_data_drivers_classes_Vec___getitem__[0]
#endif

// child of drivers_classes_Vec
// frozen bytecode for file drivers/classes.py, scope drivers_classes_Vec___iter__
static const byte fun_data_drivers_classes_Vec___iter__[14] = {
    0x11,0x08, // prelude
    0x18,0x26, // names: __iter__, self
    0x80,0x3a, // code info
    0x12,0x2e, // LOAD_GLOBAL 'iter'
    0xb0, // LOAD_FAST 0
    0x13,0x15, // LOAD_ATTR 'xs'
    0x34,0x01, // CALL_FUNCTION 1
    0x63, // RETURN_VALUE
};
#if MICROPY_PERSISTENT_CODE_SAVE
static const mp_raw_code_truncated_t proto_fun_drivers_classes_Vec___iter__ = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_BYTECODE,
    .is_generator = 0,
    .fun_data = fun_data_drivers_classes_Vec___iter__,
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
        .qstr_block_name_idx = 24,
        .line_info = fun_data_drivers_classes_Vec___iter__ + 4,
        .line_info_top = fun_data_drivers_classes_Vec___iter__ + 6,
        .opcodes = fun_data_drivers_classes_Vec___iter__ + 6,
    },
    #endif
    #endif
};
#else
#define proto_fun_drivers_classes_Vec___iter__ fun_data_drivers_classes_Vec___iter__[0]
#endif

// child of drivers_classes_Vec
// frozen bytecode for file drivers/classes.py, scope drivers_classes_Vec___contains__
static const byte fun_data_drivers_classes_Vec___contains__[13] = {
    0x1a,0x0a, // prelude
    0x19,0x26,0x1d, // names: __contains__, self, v
    0x80,0x3d, // code info
    0xb1, // LOAD_FAST 1
    0xb0, // LOAD_FAST 0
    0x13,0x15, // LOAD_ATTR 'xs'
    0xdd, // BINARY_OP 6 <in>
    0x63, // RETURN_VALUE
};
#if MICROPY_PERSISTENT_CODE_SAVE
static const mp_raw_code_truncated_t proto_fun_drivers_classes_Vec___contains__ = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_BYTECODE,
    .is_generator = 0,
    .fun_data = fun_data_drivers_classes_Vec___contains__,
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
        .qstr_block_name_idx = 25,
        .line_info = fun_data_drivers_classes_Vec___contains__ + 5,
        .line_info_top = fun_data_drivers_classes_Vec___contains__ + 7,
        .opcodes = fun_data_drivers_classes_Vec___contains__ + 7,
    },
    #endif
    #endif
};
#else
#define proto_fun_drivers_classes_Vec___contains__ fun_data_drivers_classes_Vec___contains__[0]
#endif

static const mp_raw_code_t *const children_drivers_classes_Vec[] = {
    (const mp_raw_code_t *)&proto_fun_drivers_classes_Vec___init__,
    (const mp_raw_code_t *)&proto_fun_drivers_classes_Vec___len__,
    (const mp_raw_code_t *)&proto_fun_drivers_classes_Vec___getitem__,
    (const mp_raw_code_t *)&proto_fun_drivers_classes_Vec___iter__,
    (const mp_raw_code_t *)&proto_fun_drivers_classes_Vec___contains__,
};

static const mp_raw_code_truncated_t proto_fun_drivers_classes_Vec = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_BYTECODE,
    .is_generator = 0,
    .fun_data = fun_data_drivers_classes_Vec,
    .children = (void *)&children_drivers_classes_Vec,
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
        .line_info = fun_data_drivers_classes_Vec + 3,
        .line_info_top = fun_data_drivers_classes_Vec + 9,
        .opcodes = fun_data_drivers_classes_Vec + 9,
    },
    #endif
    #endif
};

static const mp_raw_code_t *const children_drivers_classes__lt_module_gt_[] = {
    (const mp_raw_code_t *)&proto_fun_drivers_classes_Shape,
    (const mp_raw_code_t *)&proto_fun_drivers_classes_Square,
    (const mp_raw_code_t *)&proto_fun_drivers_classes_Vec,
};

static const mp_raw_code_truncated_t proto_fun_drivers_classes__lt_module_gt_ = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_BYTECODE,
    .is_generator = 0,
    .fun_data = fun_data_drivers_classes__lt_module_gt_,
    .children = (void *)&children_drivers_classes__lt_module_gt_,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .fun_data_len = 170,
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
        .line_info = fun_data_drivers_classes__lt_module_gt_ + 3,
        .line_info_top = fun_data_drivers_classes__lt_module_gt_ + 17,
        .opcodes = fun_data_drivers_classes__lt_module_gt_ + 17,
    },
    #endif
    #endif
};

static const qstr_short_t const_qstr_table_data_drivers_classes[47] = {
    MP_QSTR_drivers_slash_classes_dot_py,
    MP_QSTR__lt_module_gt_,
    MP_QSTR_Shape,
    MP_QSTR_Square,
    MP_QSTR_describe,
    MP_QSTR_area,
    MP_QSTR_unit,
    MP_QSTR_named,
    MP_QSTR_blob,
    MP_QSTR_Vec,
    MP_QSTR_0_dot_3_dot_1,
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
    MP_QSTR___version__,
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
static const mp_rom_obj_t const_obj_table_data_drivers_classes[1] = {
    MP_ROM_QSTR(MP_QSTR__percent_s_space_with_space__percent_d_space_sides),
};

static const mp_frozen_module_t frozen_module_drivers_classes = {
    .constants = {
        .qstr_table = (qstr_short_t *)&const_qstr_table_data_drivers_classes,
        .obj_table = (mp_obj_t *)&const_obj_table_data_drivers_classes,
    },
    .proto_fun = &proto_fun_drivers_classes__lt_module_gt_,
};

////////////////////////////////////////////////////////////////////////////////
// frozen module consts
// - original source file: build/frozen_mpy/consts.mpy
// - frozen file name: consts.py
// - .mpy header: 4d:06:00:1f

// frozen bytecode for file consts.py, scope consts__lt_module_gt_
static const byte fun_data_consts__lt_module_gt_[90] = {
    0x30,0x14, // prelude
    0x01, // names: <module>
    0x20,0x4c,0x45,0x26,0x66,0x64,0x20,0x39,0x6e, // code info
    0x80, // LOAD_CONST_SMALL_INT 0
    0x10,0x02, // LOAD_CONST_STRING 'const'
    0x2a,0x01, // BUILD_TUPLE 1
    0x1b,0x03, // IMPORT_NAME 'micropython'
    0x1c,0x02, // IMPORT_FROM 'const'
    0x16,0x02, // STORE_NAME 'const'
    0x59, // POP_TOP
    0x22,0x82,0x40, // LOAD_CONST_SMALL_INT 320
    0x16,0x06, // STORE_NAME 'WIDTH'
    0x22,0x84,0xd8,0x00, // LOAD_CONST_SMALL_INT 76800
    0x16,0x07, // STORE_NAME 'AREA'
    0x22,0x83,0xfe,0x00, // LOAD_CONST_SMALL_INT 65280
    0x16,0x08, // STORE_NAME 'MASK'
    0x32,0x00, // MAKE_FUNCTION 0
    0x16,0x05, // STORE_NAME 'pixel'
    0x11,0x09, // LOAD_NAME 'print'
    0x22,0x82,0x40, // LOAD_CONST_SMALL_INT 320
    0x22,0x84,0xd8,0x00, // LOAD_CONST_SMALL_INT 76800
    0x22,0x83,0xfe,0x00, // LOAD_CONST_SMALL_INT 65280
    0x11,0x05, // LOAD_NAME 'pixel'
    0x8a, // LOAD_CONST_SMALL_INT 10
    0x82, // LOAD_CONST_SMALL_INT 2
    0x34,0x02, // CALL_FUNCTION 2
    0x22,0x80,0x78, // LOAD_CONST_SMALL_INT 120
    0x34,0x05, // CALL_FUNCTION 5
    0x59, // POP_TOP
    0x11,0x09, // LOAD_NAME 'print'
    0x22,0x88,0x00, // LOAD_CONST_SMALL_INT 1024
    0x8e, // LOAD_CONST_SMALL_INT 14
    0x82, // LOAD_CONST_SMALL_INT 2
    0x23,0x00, // LOAD_CONST_OBJ 0
    0x23,0x01, // LOAD_CONST_OBJ 1
    0x34,0x05, // CALL_FUNCTION 5
    0x59, // POP_TOP
    0x10,0x04, // LOAD_CONST_STRING '0.3.1'
    0x16,0x0a, // STORE_NAME '__version__'
    0x51, // LOAD_CONST_NONE
    0x63, // RETURN_VALUE
};
// child of consts__lt_module_gt_
// frozen bytecode for file consts.py, scope consts_pixel
static const byte fun_data_consts_pixel[15] = {
    0x1a,0x0a, // prelude
    0x05,0x0b,0x0c, // names: pixel, x, y
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
        .qstr_block_name_idx = 5,
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
    .fun_data_len = 90,
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
        .line_info_top = fun_data_consts__lt_module_gt_ + 12,
        .opcodes = fun_data_consts__lt_module_gt_ + 12,
    },
    #endif
    #endif
};

static const qstr_short_t const_qstr_table_data_consts[13] = {
    MP_QSTR_consts_dot_py,
    MP_QSTR__lt_module_gt_,
    MP_QSTR_const,
    MP_QSTR_micropython,
    MP_QSTR_0_dot_3_dot_1,
    MP_QSTR_pixel,
    MP_QSTR_WIDTH,
    MP_QSTR_AREA,
    MP_QSTR_MASK,
    MP_QSTR_print,
    MP_QSTR___version__,
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
// frozen module pkg___init__
// - original source file: build/frozen_mpy/pkg/__init__.mpy
// - frozen file name: pkg/__init__.py
// - .mpy header: 4d:06:00:1f

// frozen bytecode for file pkg/__init__.py, scope pkg___init____lt_module_gt_
static const byte fun_data_pkg___init____lt_module_gt_[325] = {
    0x38,0x34, // prelude
    0x01, // names: <module>
    0x20,0x27,0x28,0x2a,0x27,0x3b,0x27,0x31,0x2c,0x26,0x27,0x1f,0x23,0x2c,0x2b,0x27,0x28,0x28,0x1f,0x22,0x37,0x26,0x27,0x31,0x71, // code info
    0x83, // LOAD_CONST_SMALL_INT 3
    0x81, // LOAD_CONST_SMALL_INT 1
    0x82, // LOAD_CONST_SMALL_INT 2
    0x2b,0x03, // BUILD_LIST 3
    0x16,0x16, // STORE_NAME 'lst'
    0x11,0x16, // LOAD_NAME 'lst'
    0x14,0x02, // LOAD_METHOD 'append'
    0x85, // LOAD_CONST_SMALL_INT 5
    0x36,0x01, // CALL_METHOD 1
    0x59, // POP_TOP
    0x11,0x16, // LOAD_NAME 'lst'
    0x14,0x03, // LOAD_METHOD 'extend'
    0x80, // LOAD_CONST_SMALL_INT 0
    0x2b,0x01, // BUILD_LIST 1
    0x36,0x01, // CALL_METHOD 1
    0x59, // POP_TOP
    0x11,0x16, // LOAD_NAME 'lst'
    0x14,0x04, // LOAD_METHOD 'sort'
    0x36,0x00, // CALL_METHOD 0
    0x59, // POP_TOP
    0x11,0x17, // LOAD_NAME 'print'
    0x11,0x16, // LOAD_NAME 'lst'
    0x11,0x16, // LOAD_NAME 'lst'
    0x14,0x05, // LOAD_METHOD 'pop'
    0x36,0x00, // CALL_METHOD 0
    0x11,0x16, // LOAD_NAME 'lst'
    0x14,0x06, // LOAD_METHOD 'index'
    0x82, // LOAD_CONST_SMALL_INT 2
    0x36,0x01, // CALL_METHOD 1
    0x11,0x16, // LOAD_NAME 'lst'
    0x14,0x07, // LOAD_METHOD 'count'
    0x81, // LOAD_CONST_SMALL_INT 1
    0x36,0x01, // CALL_METHOD 1
    0x34,0x04, // CALL_FUNCTION 4
    0x59, // POP_TOP
    0x23,0x00, // LOAD_CONST_OBJ 0
    0x23,0x01, // LOAD_CONST_OBJ 1
    0xf2, // BINARY_OP 27 __add__
    0x16,0x18, // STORE_NAME 't'
    0x11,0x17, // LOAD_NAME 'print'
    0x11,0x18, // LOAD_NAME 't'
    0x11,0x18, // LOAD_NAME 't'
    0x82, // LOAD_CONST_SMALL_INT 2
    0xf4, // BINARY_OP 29 __mul__
    0x11,0x19, // LOAD_NAME 'len'
    0x11,0x18, // LOAD_NAME 't'
    0x34,0x01, // CALL_FUNCTION 1
    0x34,0x03, // CALL_FUNCTION 3
    0x59, // POP_TOP
    0x2c,0x02, // BUILD_MAP 2
    0x81, // LOAD_CONST_SMALL_INT 1
    0x10,0x08, // LOAD_CONST_STRING 'a'
    0x62, // STORE_MAP
    0x82, // LOAD_CONST_SMALL_INT 2
    0x10,0x09, // LOAD_CONST_STRING 'b'
    0x62, // STORE_MAP
    0x16,0x0f, // STORE_NAME 'd'
    0x83, // LOAD_CONST_SMALL_INT 3
    0x11,0x0f, // LOAD_NAME 'd'
    0x10,0x0a, // LOAD_CONST_STRING 'c'
    0x56, // STORE_SUBSCR
    0x11,0x0f, // LOAD_NAME 'd'
    0x10,0x08, // LOAD_CONST_STRING 'a'
    0x53, // LOAD_NULL
    0x5b, // ROT_THREE
    0x56, // STORE_SUBSCR
    0x11,0x17, // LOAD_NAME 'print'
    0x11,0x1a, // LOAD_NAME 'sorted'
    0x11,0x0f, // LOAD_NAME 'd'
    0x14,0x0b, // LOAD_METHOD 'items'
    0x36,0x00, // CALL_METHOD 0
    0x34,0x01, // CALL_FUNCTION 1
    0x11,0x0f, // LOAD_NAME 'd'
    0x14,0x0c, // LOAD_METHOD 'get'
    0x10,0x0d, // LOAD_CONST_STRING 'z'
    0x80, // LOAD_CONST_SMALL_INT 0
    0x36,0x02, // CALL_METHOD 2
    0x11,0x1b, // LOAD_NAME 'list'
    0x11,0x0f, // LOAD_NAME 'd'
    0x14,0x0e, // LOAD_METHOD 'keys'
    0x36,0x00, // CALL_METHOD 0
    0x34,0x01, // CALL_FUNCTION 1
    0x34,0x03, // CALL_FUNCTION 3
    0x59, // POP_TOP
    0x11,0x1c, // LOAD_NAME 'dict'
    0x11,0x0f, // LOAD_NAME 'd'
    0x10,0x0f, // LOAD_CONST_STRING 'd'
    0x84, // LOAD_CONST_SMALL_INT 4
    0x34,0x82,0x01, // CALL_FUNCTION 257
    0x16,0x1d, // STORE_NAME 'merged'
    0x11,0x17, // LOAD_NAME 'print'
    0x11,0x1a, // LOAD_NAME 'sorted'
    0x11,0x1d, // LOAD_NAME 'merged'
    0x34,0x01, // CALL_FUNCTION 1
    0x34,0x01, // CALL_FUNCTION 1
    0x59, // POP_TOP
    0x81, // LOAD_CONST_SMALL_INT 1
    0x82, // LOAD_CONST_SMALL_INT 2
    0x83, // LOAD_CONST_SMALL_INT 3
    0x2d,0x03, // BUILD_SET 3
    0x16,0x1e, // STORE_NAME 's'
    0x11,0x1e, // LOAD_NAME 's'
    0x14,0x10, // LOAD_METHOD 'add'
    0x84, // LOAD_CONST_SMALL_INT 4
    0x36,0x01, // CALL_METHOD 1
    0x59, // POP_TOP
    0x11,0x1e, // LOAD_NAME 's'
    0x14,0x11, // LOAD_METHOD 'discard'
    0x81, // LOAD_CONST_SMALL_INT 1
    0x36,0x01, // CALL_METHOD 1
    0x59, // POP_TOP
    0x11,0x17, // LOAD_NAME 'print'
    0x11,0x1a, // LOAD_NAME 'sorted'
    0x11,0x1e, // LOAD_NAME 's'
    0x34,0x01, // CALL_FUNCTION 1
    0x11,0x1a, // LOAD_NAME 'sorted'
    0x11,0x1e, // LOAD_NAME 's'
    0x89, // LOAD_CONST_SMALL_INT 9
    0x2d,0x01, // BUILD_SET 1
    0xed, // BINARY_OP 22 __or__
    0x34,0x01, // CALL_FUNCTION 1
    0x11,0x1a, // LOAD_NAME 'sorted'
    0x11,0x1e, // LOAD_NAME 's'
    0x82, // LOAD_CONST_SMALL_INT 2
    0x83, // LOAD_CONST_SMALL_INT 3
    0x88, // LOAD_CONST_SMALL_INT 8
    0x2d,0x03, // BUILD_SET 3
    0xef, // BINARY_OP 24 __and__
    0x34,0x01, // CALL_FUNCTION 1
    0x34,0x03, // CALL_FUNCTION 3
    0x59, // POP_TOP
    0x11,0x17, // LOAD_NAME 'print'
    0x11,0x16, // LOAD_NAME 'lst'
    0x11,0x1b, // LOAD_NAME 'list'
    0x11,0x18, // LOAD_NAME 't'
    0x34,0x01, // CALL_FUNCTION 1
    0xf2, // BINARY_OP 27 __add__
    0x11,0x1f, // LOAD_NAME 'tuple'
    0x10,0x12, // LOAD_CONST_STRING 'ab'
    0x34,0x01, // CALL_FUNCTION 1
    0x23,0x02, // LOAD_CONST_OBJ 2
    0xf2, // BINARY_OP 27 __add__
    0x34,0x02, // CALL_FUNCTION 2
    0x59, // POP_TOP
    0x11,0x16, // LOAD_NAME 'lst'
    0x80, // LOAD_CONST_SMALL_INT 0
    0x53, // LOAD_NULL
    0x5b, // ROT_THREE
    0x56, // STORE_SUBSCR
    0x11,0x17, // LOAD_NAME 'print'
    0x11,0x16, // LOAD_NAME 'lst'
    0x34,0x01, // CALL_FUNCTION 1
    0x59, // POP_TOP
    0x2c,0x01, // BUILD_MAP 1
    0x81, // LOAD_CONST_SMALL_INT 1
    0x2c,0x01, // BUILD_MAP 1
    0x23,0x03, // LOAD_CONST_OBJ 3
    0x10,0x13, // LOAD_CONST_STRING 'x'
    0x62, // STORE_MAP
    0x2b,0x02, // BUILD_LIST 2
    0x10,0x14, // LOAD_CONST_STRING 'k'
    0x62, // STORE_MAP
    0x16,0x20, // STORE_NAME 'nested'
    0x11,0x17, // LOAD_NAME 'print'
    0x11,0x20, // LOAD_NAME 'nested'
    0x10,0x14, // LOAD_CONST_STRING 'k'
    0x55, // LOAD_SUBSCR
    0x81, // LOAD_CONST_SMALL_INT 1
    0x55, // LOAD_SUBSCR
    0x10,0x13, // LOAD_CONST_STRING 'x'
    0x55, // LOAD_SUBSCR
    0x81, // LOAD_CONST_SMALL_INT 1
    0x55, // LOAD_SUBSCR
    0x34,0x01, // CALL_FUNCTION 1
    0x59, // POP_TOP
    0x10,0x15, // LOAD_CONST_STRING '0.3.1'
    0x16,0x21, // STORE_NAME '__version__'
    0x51, // LOAD_CONST_NONE
    0x63, // RETURN_VALUE
};
#if MICROPY_PERSISTENT_CODE_SAVE
static const mp_raw_code_truncated_t proto_fun_pkg___init____lt_module_gt_ = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_BYTECODE,
    .is_generator = 0,
    .fun_data = fun_data_pkg___init____lt_module_gt_,
    .children = NULL,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .fun_data_len = 325,
    .n_children = 0,
    #if MICROPY_EMIT_MACHINE_CODE
    .prelude_offset = 0,
    #endif
    #if MICROPY_PY_SYS_SETTRACE
    .line_of_definition = 0,
    .prelude = {
        .n_state = 8,
        .n_exc_stack = 0,
        .scope_flags = 0,
        .n_pos_args = 0,
        .n_kwonly_args = 0,
        .n_def_pos_args = 0,
        .qstr_block_name_idx = 1,
        .line_info = fun_data_pkg___init____lt_module_gt_ + 3,
        .line_info_top = fun_data_pkg___init____lt_module_gt_ + 28,
        .opcodes = fun_data_pkg___init____lt_module_gt_ + 28,
    },
    #endif
    #endif
};
#else
#define proto_fun_pkg___init____lt_module_gt_ fun_data_pkg___init____lt_module_gt_[0]
#endif

static const qstr_short_t const_qstr_table_data_pkg___init__[34] = {
    MP_QSTR_pkg_slash___init___dot_py,
    MP_QSTR__lt_module_gt_,
    MP_QSTR_append,
    MP_QSTR_extend,
    MP_QSTR_sort,
    MP_QSTR_pop,
    MP_QSTR_index,
    MP_QSTR_count,
    MP_QSTR_a,
    MP_QSTR_b,
    MP_QSTR_c,
    MP_QSTR_items,
    MP_QSTR_get,
    MP_QSTR_z,
    MP_QSTR_keys,
    MP_QSTR_d,
    MP_QSTR_add,
    MP_QSTR_discard,
    MP_QSTR_ab,
    MP_QSTR_x,
    MP_QSTR_k,
    MP_QSTR_0_dot_3_dot_1,
    MP_QSTR_lst,
    MP_QSTR_print,
    MP_QSTR_t,
    MP_QSTR_len,
    MP_QSTR_sorted,
    MP_QSTR_list,
    MP_QSTR_dict,
    MP_QSTR_merged,
    MP_QSTR_s,
    MP_QSTR_tuple,
    MP_QSTR_nested,
    MP_QSTR___version__,
};

// constants
static const mp_rom_obj_tuple_t const_obj_pkg___init___0 = {{&mp_type_tuple}, 2, {
    MP_ROM_INT(1),
    MP_ROM_INT(2),
}};
static const mp_rom_obj_tuple_t const_obj_pkg___init___1 = {{&mp_type_tuple}, 1, {
    MP_ROM_INT(3),
}};
static const mp_rom_obj_tuple_t const_obj_pkg___init___2 = {{&mp_type_tuple}, 1, {
    MP_ROM_INT(1),
}};
static const mp_rom_obj_tuple_t const_obj_pkg___init___3 = {{&mp_type_tuple}, 2, {
    MP_ROM_INT(2),
    MP_ROM_INT(3),
}};

// constant table
static const mp_rom_obj_t const_obj_table_data_pkg___init__[4] = {
    MP_ROM_PTR(&const_obj_pkg___init___0),
    MP_ROM_PTR(&const_obj_pkg___init___1),
    MP_ROM_PTR(&const_obj_pkg___init___2),
    MP_ROM_PTR(&const_obj_pkg___init___3),
};

static const mp_frozen_module_t frozen_module_pkg___init__ = {
    .constants = {
        .qstr_table = (qstr_short_t *)&const_qstr_table_data_pkg___init__,
        .obj_table = (mp_obj_t *)&const_obj_table_data_pkg___init__,
    },
    .proto_fun = &proto_fun_pkg___init____lt_module_gt_,
};

////////////////////////////////////////////////////////////////////////////////
// frozen module pkg_sub_control
// - original source file: build/frozen_mpy/pkg/sub/control.mpy
// - frozen file name: pkg/sub/control.py
// - .mpy header: 4d:06:00:1f

// frozen bytecode for file pkg/sub/control.py, scope pkg_sub_control__lt_module_gt_
static const byte fun_data_pkg_sub_control__lt_module_gt_[253] = {
    0x50,0x3e, // prelude
    0x01, // names: <module>
    0x20,0x26,0x51,0x2a,0x26,0x31,0x23,0x22,0x26,0x26,0x22,0x26,0x22,0x4f,0x27,0x2a,0x27,0x27,0x26,0x2d,0x23,0x2c,0x30,0x27,0x23,0x20,0x26,0x26,0x24,0x69, // code info
    0x80, // LOAD_CONST_SMALL_INT 0
    0x42,0x4e, // JUMP 14
    0x57, // DUP_TOP
    0x16,0x02, // STORE_NAME 'i'
    0x11,0x0c, // LOAD_NAME 'print'
    0x10,0x02, // LOAD_CONST_STRING 'i'
    0x11,0x02, // LOAD_NAME 'i'
    0x34,0x02, // CALL_FUNCTION 2
    0x59, // POP_TOP
    0x81, // LOAD_CONST_SMALL_INT 1
    0xe5, // BINARY_OP 14 __iadd__
    0x57, // DUP_TOP
    0x83, // LOAD_CONST_SMALL_INT 3
    0xd7, // BINARY_OP 0 __lt__
    0x43,0x2d, // POP_JUMP_IF_TRUE -19
    0x59, // POP_TOP
    0x11,0x0c, // LOAD_NAME 'print'
    0x10,0x03, // LOAD_CONST_STRING 'for done'
    0x34,0x01, // CALL_FUNCTION 1
    0x59, // POP_TOP
    0x42,0x41, // JUMP 1
    0x59, // POP_TOP
    0x8a, // LOAD_CONST_SMALL_INT 10
    0x42,0x4e, // JUMP 14
    0x57, // DUP_TOP
    0x16,0x02, // STORE_NAME 'i'
    0x11,0x0c, // LOAD_NAME 'print'
    0x10,0x04, // LOAD_CONST_STRING 'down'
    0x11,0x02, // LOAD_NAME 'i'
    0x34,0x02, // CALL_FUNCTION 2
    0x59, // POP_TOP
    0x7d, // LOAD_CONST_SMALL_INT -3
    0xe5, // BINARY_OP 14 __iadd__
    0x57, // DUP_TOP
    0x80, // LOAD_CONST_SMALL_INT 0
    0xd8, // BINARY_OP 1 __gt__
    0x43,0x2d, // POP_JUMP_IF_TRUE -19
    0x59, // POP_TOP
    0x80, // LOAD_CONST_SMALL_INT 0
    0x16,0x0d, // STORE_NAME 'n'
    0x42,0x5f, // JUMP 31
    0x11,0x0d, // LOAD_NAME 'n'
    0x81, // LOAD_CONST_SMALL_INT 1
    0xe5, // BINARY_OP 14 __iadd__
    0x16,0x0d, // STORE_NAME 'n'
    0x11,0x0d, // LOAD_NAME 'n'
    0x82, // LOAD_CONST_SMALL_INT 2
    0xf8, // BINARY_OP 33 __mod__
    0x44,0x42, // POP_JUMP_IF_FALSE 2
    0x42,0x51, // JUMP 17
    0x11,0x0d, // LOAD_NAME 'n'
    0x86, // LOAD_CONST_SMALL_INT 6
    0xd8, // BINARY_OP 1 __gt__
    0x44,0x42, // POP_JUMP_IF_FALSE 2
    0x42,0x56, // JUMP 22
    0x11,0x0c, // LOAD_NAME 'print'
    0x10,0x05, // LOAD_CONST_STRING 'even'
    0x11,0x0d, // LOAD_NAME 'n'
    0x34,0x02, // CALL_FUNCTION 2
    0x59, // POP_TOP
    0x11,0x0d, // LOAD_NAME 'n'
    0x8a, // LOAD_CONST_SMALL_INT 10
    0xd7, // BINARY_OP 0 __lt__
    0x43,0x1b, // POP_JUMP_IF_TRUE -37
    0x11,0x0c, // LOAD_NAME 'print'
    0x10,0x06, // LOAD_CONST_STRING 'never'
    0x34,0x01, // CALL_FUNCTION 1
    0x59, // POP_TOP
    0x81, // LOAD_CONST_SMALL_INT 1
    0x82, // LOAD_CONST_SMALL_INT 2
    0x83, // LOAD_CONST_SMALL_INT 3
    0x2b,0x03, // BUILD_LIST 3
    0x5f, // GET_ITER_STACK
    0x4b,0x23, // FOR_ITER 35
    0x16,0x0e, // STORE_NAME 'x'
    0x10,0x07, // LOAD_CONST_STRING 'ab'
    0x5f, // GET_ITER_STACK
    0x4b,0x1a, // FOR_ITER 26
    0x16,0x0f, // STORE_NAME 'y'
    0x11,0x0f, // LOAD_NAME 'y'
    0x10,0x08, // LOAD_CONST_STRING 'b'
    0xd9, // BINARY_OP 2 __eq__
    0x44,0x46, // POP_JUMP_IF_FALSE 6
    0x59, // POP_TOP
    0x59, // POP_TOP
    0x59, // POP_TOP
    0x59, // POP_TOP
    0x42,0x4b, // JUMP 11
    0x11,0x0c, // LOAD_NAME 'print'
    0x11,0x0e, // LOAD_NAME 'x'
    0x11,0x0f, // LOAD_NAME 'y'
    0x34,0x02, // CALL_FUNCTION 2
    0x59, // POP_TOP
    0x42,0x24, // JUMP -28
    0x42,0x1b, // JUMP -37
    0x80, // LOAD_CONST_SMALL_INT 0
    0x16,0x10, // STORE_NAME 'total'
    0x11,0x11, // LOAD_NAME 'len'
    0x10,0x09, // LOAD_CONST_STRING 'hello'
    0x34,0x01, // CALL_FUNCTION 1
    0x80, // LOAD_CONST_SMALL_INT 0
    0x42,0x4c, // JUMP 12
    0x57, // DUP_TOP
    0x16,0x02, // STORE_NAME 'i'
    0x11,0x10, // LOAD_NAME 'total'
    0x11,0x02, // LOAD_NAME 'i'
    0xe5, // BINARY_OP 14 __iadd__
    0x16,0x10, // STORE_NAME 'total'
    0x81, // LOAD_CONST_SMALL_INT 1
    0xe5, // BINARY_OP 14 __iadd__
    0x58, // DUP_TOP_TWO
    0x5a, // ROT_TWO
    0xd7, // BINARY_OP 0 __lt__
    0x43,0x2f, // POP_JUMP_IF_TRUE -17
    0x59, // POP_TOP
    0x59, // POP_TOP
    0x11,0x0c, // LOAD_NAME 'print'
    0x11,0x10, // LOAD_NAME 'total'
    0x34,0x01, // CALL_FUNCTION 1
    0x59, // POP_TOP
    0x80, // LOAD_CONST_SMALL_INT 0
    0x16,0x0a, // STORE_NAME 'k'
    0x11,0x0a, // LOAD_NAME 'k'
    0x81, // LOAD_CONST_SMALL_INT 1
    0xe5, // BINARY_OP 14 __iadd__
    0x16,0x0a, // STORE_NAME 'k'
    0x11,0x0a, // LOAD_NAME 'k'
    0x83, // LOAD_CONST_SMALL_INT 3
    0xd9, // BINARY_OP 2 __eq__
    0x44,0x42, // POP_JUMP_IF_FALSE 2
    0x42,0x42, // JUMP 2
    0x42,0x30, // JUMP -16
    0x11,0x0c, // LOAD_NAME 'print'
    0x10,0x0a, // LOAD_CONST_STRING 'k'
    0x11,0x0a, // LOAD_NAME 'k'
    0x34,0x02, // CALL_FUNCTION 2
    0x59, // POP_TOP
    0x10,0x0b, // LOAD_CONST_STRING '0.3.1'
    0x16,0x12, // STORE_NAME '__version__'
    0x51, // LOAD_CONST_NONE
    0x63, // RETURN_VALUE
};
#if MICROPY_PERSISTENT_CODE_SAVE
static const mp_raw_code_truncated_t proto_fun_pkg_sub_control__lt_module_gt_ = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_BYTECODE,
    .is_generator = 0,
    .fun_data = fun_data_pkg_sub_control__lt_module_gt_,
    .children = NULL,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .fun_data_len = 253,
    .n_children = 0,
    #if MICROPY_EMIT_MACHINE_CODE
    .prelude_offset = 0,
    #endif
    #if MICROPY_PY_SYS_SETTRACE
    .line_of_definition = 0,
    .prelude = {
        .n_state = 11,
        .n_exc_stack = 0,
        .scope_flags = 0,
        .n_pos_args = 0,
        .n_kwonly_args = 0,
        .n_def_pos_args = 0,
        .qstr_block_name_idx = 1,
        .line_info = fun_data_pkg_sub_control__lt_module_gt_ + 3,
        .line_info_top = fun_data_pkg_sub_control__lt_module_gt_ + 33,
        .opcodes = fun_data_pkg_sub_control__lt_module_gt_ + 33,
    },
    #endif
    #endif
};
#else
#define proto_fun_pkg_sub_control__lt_module_gt_ fun_data_pkg_sub_control__lt_module_gt_[0]
#endif

static const qstr_short_t const_qstr_table_data_pkg_sub_control[19] = {
    MP_QSTR_pkg_slash_sub_slash_control_dot_py,
    MP_QSTR__lt_module_gt_,
    MP_QSTR_i,
    MP_QSTR_for_space_done,
    MP_QSTR_down,
    MP_QSTR_even,
    MP_QSTR_never,
    MP_QSTR_ab,
    MP_QSTR_b,
    MP_QSTR_hello,
    MP_QSTR_k,
    MP_QSTR_0_dot_3_dot_1,
    MP_QSTR_print,
    MP_QSTR_n,
    MP_QSTR_x,
    MP_QSTR_y,
    MP_QSTR_total,
    MP_QSTR_len,
    MP_QSTR___version__,
};

static const mp_frozen_module_t frozen_module_pkg_sub_control = {
    .constants = {
        .qstr_table = (qstr_short_t *)&const_qstr_table_data_pkg_sub_control,
        .obj_table = NULL,
    },
    .proto_fun = &proto_fun_pkg_sub_control__lt_module_gt_,
};

////////////////////////////////////////////////////////////////////////////////
// frozen module literals
// - original source file: build/frozen_mpy/literals.mpy
// - frozen file name: literals.py
// - .mpy header: 4d:06:00:1f

// frozen bytecode for file literals.py, scope literals__lt_module_gt_
static const byte fun_data_literals__lt_module_gt_[165] = {
    0x28,0x22, // prelude
    0x01, // names: <module>
    0x20,0x2d,0x2b,0x2f,0x2e,0x2f,0x29,0x27,0x44,0x2d,0x29,0x29,0x29,0x43,0x69,0x20, // code info
    0x11,0x0b, // LOAD_NAME 'print'
    0x9f, // LOAD_CONST_SMALL_INT 31
    0x8f, // LOAD_CONST_SMALL_INT 15
    0x8b, // LOAD_CONST_SMALL_INT 11
    0x22,0xbd,0x84,0x40, // LOAD_CONST_SMALL_INT 1000000
    0x87, // LOAD_CONST_SMALL_INT 7
    0x34,0x05, // CALL_FUNCTION 5
    0x59, // POP_TOP
    0x11,0x0b, // LOAD_NAME 'print'
    0x23,0x00, // LOAD_CONST_OBJ 0
    0x23,0x01, // LOAD_CONST_OBJ 1
    0x23,0x02, // LOAD_CONST_OBJ 2
    0x34,0x03, // CALL_FUNCTION 3
    0x59, // POP_TOP
    0x11,0x0b, // LOAD_NAME 'print'
    0x23,0x03, // LOAD_CONST_OBJ 3
    0x23,0x04, // LOAD_CONST_OBJ 4
    0x23,0x05, // LOAD_CONST_OBJ 5
    0x23,0x06, // LOAD_CONST_OBJ 6
    0x23,0x07, // LOAD_CONST_OBJ 7
    0x34,0x05, // CALL_FUNCTION 5
    0x59, // POP_TOP
    0x11,0x0b, // LOAD_NAME 'print'
    0x23,0x08, // LOAD_CONST_OBJ 8
    0x81, // LOAD_CONST_SMALL_INT 1
    0x23,0x08, // LOAD_CONST_OBJ 8
    0xf2, // BINARY_OP 27 __add__
    0x23,0x09, // LOAD_CONST_OBJ 9
    0xf4, // BINARY_OP 29 __mul__
    0x34,0x02, // CALL_FUNCTION 2
    0x59, // POP_TOP
    0x11,0x0b, // LOAD_NAME 'print'
    0x10,0x02, // LOAD_CONST_STRING 'tab\there'
    0x10,0x03, // LOAD_CONST_STRING 'quote"s'
    0x10,0x04, // LOAD_CONST_STRING 'unié'
    0x10,0x05, // LOAD_CONST_STRING 'AA'
    0x10,0x06, // LOAD_CONST_STRING 'raw\\n'
    0x34,0x05, // CALL_FUNCTION 5
    0x59, // POP_TOP
    0x11,0x0b, // LOAD_NAME 'print'
    0x23,0x0a, // LOAD_CONST_OBJ 10
    0x23,0x0b, // LOAD_CONST_OBJ 11
    0x34,0x02, // CALL_FUNCTION 2
    0x59, // POP_TOP
    0x11,0x0b, // LOAD_NAME 'print'
    0x23,0x0c, // LOAD_CONST_OBJ 12
    0x34,0x01, // CALL_FUNCTION 1
    0x59, // POP_TOP
    0x10,0x07, // LOAD_CONST_STRING 'multi\nline'
    0x16,0x0c, // STORE_NAME 's'
    0x11,0x0b, // LOAD_NAME 'print'
    0x11,0x0c, // LOAD_NAME 's'
    0x11,0x0d, // LOAD_NAME 'len'
    0x11,0x0c, // LOAD_NAME 's'
    0x34,0x01, // CALL_FUNCTION 1
    0x34,0x02, // CALL_FUNCTION 2
    0x59, // POP_TOP
    0x11,0x0b, // LOAD_NAME 'print'
    0x23,0x0d, // LOAD_CONST_OBJ 13
    0x10,0x08, // LOAD_CONST_STRING 'short'
    0x34,0x02, // CALL_FUNCTION 2
    0x59, // POP_TOP
    0x11,0x0b, // LOAD_NAME 'print'
    0x23,0x0e, // LOAD_CONST_OBJ 14
    0x23,0x0f, // LOAD_CONST_OBJ 15
    0x34,0x02, // CALL_FUNCTION 2
    0x59, // POP_TOP
    0x11,0x0b, // LOAD_NAME 'print'
    0x7f, // LOAD_CONST_SMALL_INT -1
    0x82, // LOAD_CONST_SMALL_INT 2
    0x7c, // LOAD_CONST_SMALL_INT -4
    0x52, // LOAD_CONST_TRUE
    0x34,0x04, // CALL_FUNCTION 4
    0x59, // POP_TOP
    0x83, // LOAD_CONST_SMALL_INT 3
    0x16,0x0e, // STORE_NAME 'x'
    0x11,0x0b, // LOAD_NAME 'print'
    0x11,0x0e, // LOAD_NAME 'x'
    0x10,0x09, // LOAD_CONST_STRING 'continued'
    0x34,0x02, // CALL_FUNCTION 2
    0x59, // POP_TOP
    0x10,0x0a, // LOAD_CONST_STRING '0.3.1'
    0x16,0x0f, // STORE_NAME '__version__'
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
    .fun_data_len = 165,
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
        .line_info_top = fun_data_literals__lt_module_gt_ + 19,
        .opcodes = fun_data_literals__lt_module_gt_ + 19,
    },
    #endif
    #endif
};
#else
#define proto_fun_literals__lt_module_gt_ fun_data_literals__lt_module_gt_[0]
#endif

static const qstr_short_t const_qstr_table_data_literals[16] = {
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
    MP_QSTR_0_dot_3_dot_1,
    MP_QSTR_print,
    MP_QSTR_s,
    MP_QSTR_len,
    MP_QSTR_x,
    MP_QSTR___version__,
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
// - original source file: build/frozen_mpy/generators.mpy
// - frozen file name: generators.py
// - .mpy header: 4d:06:00:1f

// frozen bytecode for file generators.py, scope generators__lt_module_gt_
static const byte fun_data_generators__lt_module_gt_[207] = {
    0xb0,0x02,0x2a, // prelude
    0x01, // names: <module>
    0x20,0x84,0x07,0x64,0x60,0x84,0x0a,0x2e,0x3d,0x26,0x27,0x29,0x29,0x2c,0x33,0x27,0x2b,0x22,0x53,0x75, // code info
    0x32,0x00, // MAKE_FUNCTION 0
    0x16,0x09, // STORE_NAME 'countdown'
    0x32,0x01, // MAKE_FUNCTION 1
    0x16,0x0b, // STORE_NAME 'chain'
    0x32,0x02, // MAKE_FUNCTION 2
    0x16,0x0c, // STORE_NAME 'echo'
    0x11,0x0f, // LOAD_NAME 'print'
    0x11,0x10, // LOAD_NAME 'list'
    0x11,0x09, // LOAD_NAME 'countdown'
    0x84, // LOAD_CONST_SMALL_INT 4
    0x34,0x01, // CALL_FUNCTION 1
    0x34,0x01, // CALL_FUNCTION 1
    0x34,0x01, // CALL_FUNCTION 1
    0x59, // POP_TOP
    0x11,0x0f, // LOAD_NAME 'print'
    0x11,0x10, // LOAD_NAME 'list'
    0x11,0x0b, // LOAD_NAME 'chain'
    0x11,0x09, // LOAD_NAME 'countdown'
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
    0x11,0x0c, // LOAD_NAME 'echo'
    0x34,0x00, // CALL_FUNCTION 0
    0x16,0x11, // STORE_NAME 'e'
    0x11,0x12, // LOAD_NAME 'next'
    0x11,0x11, // LOAD_NAME 'e'
    0x34,0x01, // CALL_FUNCTION 1
    0x59, // POP_TOP
    0x11,0x11, // LOAD_NAME 'e'
    0x14,0x03, // LOAD_METHOD 'send'
    0x10,0x04, // LOAD_CONST_STRING 'a'
    0x36,0x01, // CALL_METHOD 1
    0x59, // POP_TOP
    0x11,0x11, // LOAD_NAME 'e'
    0x14,0x03, // LOAD_METHOD 'send'
    0x10,0x05, // LOAD_CONST_STRING 'b'
    0x36,0x01, // CALL_METHOD 1
    0x59, // POP_TOP
    0x11,0x0f, // LOAD_NAME 'print'
    0x11,0x11, // LOAD_NAME 'e'
    0x14,0x03, // LOAD_METHOD 'send'
    0x51, // LOAD_CONST_NONE
    0x36,0x01, // CALL_METHOD 1
    0x34,0x01, // CALL_FUNCTION 1
    0x59, // POP_TOP
    0x11,0x0f, // LOAD_NAME 'print'
    0x11,0x13, // LOAD_NAME 'sum'
    0x32,0x04, // MAKE_FUNCTION 4
    0x11,0x14, // LOAD_NAME 'range'
    0x8a, // LOAD_CONST_SMALL_INT 10
    0x34,0x01, // CALL_FUNCTION 1
    0x5e, // GET_ITER
    0x34,0x01, // CALL_FUNCTION 1
    0x34,0x01, // CALL_FUNCTION 1
    0x34,0x01, // CALL_FUNCTION 1
    0x59, // POP_TOP
    0x11,0x09, // LOAD_NAME 'countdown'
    0x81, // LOAD_CONST_SMALL_INT 1
    0x34,0x01, // CALL_FUNCTION 1
    0x16,0x15, // STORE_NAME 'g'
    0x11,0x0f, // LOAD_NAME 'print'
    0x11,0x12, // LOAD_NAME 'next'
    0x11,0x15, // LOAD_NAME 'g'
    0x34,0x01, // CALL_FUNCTION 1
    0x34,0x01, // CALL_FUNCTION 1
    0x59, // POP_TOP
    0x48,0x09, // SETUP_EXCEPT 9
    0x11,0x12, // LOAD_NAME 'next'
    0x11,0x15, // LOAD_NAME 'g'
    0x34,0x01, // CALL_FUNCTION 1
    0x59, // POP_TOP
    0x4a,0x1f, // POP_EXCEPT_JUMP 31
    0x57, // DUP_TOP
    0x11,0x16, // LOAD_NAME 'StopIteration'
    0xdf, // BINARY_OP 8 <exception match>
    0x44,0x58, // POP_JUMP_IF_FALSE 24
    0x16,0x06, // STORE_NAME 'stop'
    0x49,0x0c, // SETUP_FINALLY 12
    0x11,0x0f, // LOAD_NAME 'print'
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
    0x10,0x08, // LOAD_CONST_STRING '0.3.1'
    0x16,0x17, // STORE_NAME '__version__'
    0x51, // LOAD_CONST_NONE
    0x63, // RETURN_VALUE
};
// child of generators__lt_module_gt_
// frozen bytecode for file generators.py, scope generators_countdown
static const byte fun_data_generators_countdown[26] = {
    0x91,0x40,0x0c, // prelude
    0x09,0x18, // names: countdown, n
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
    0x10,0x0a, // LOAD_CONST_STRING 'done'
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
        .qstr_block_name_idx = 9,
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
    0x0b, // names: chain
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
        .qstr_block_name_idx = 11,
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
    0x0c, // names: echo
    0x80,0x0f,0x23,0x20,0x27,0x25,0x22,0x29, // code info
    0x2b,0x00, // BUILD_LIST 0
    0xc0, // STORE_FAST 0
    0x12,0x19, // LOAD_GLOBAL 'len'
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
    0x14,0x0d, // LOAD_METHOD 'append'
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
        .qstr_block_name_idx = 12,
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
    0x0e,0x1a, // names: <genexpr>, *
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
        .qstr_block_name_idx = 14,
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
    0x0e,0x1a, // names: <genexpr>, *
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
        .qstr_block_name_idx = 14,
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
    .fun_data_len = 207,
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
        .line_info_top = fun_data_generators__lt_module_gt_ + 24,
        .opcodes = fun_data_generators__lt_module_gt_ + 24,
    },
    #endif
    #endif
};

static const qstr_short_t const_qstr_table_data_generators[27] = {
    MP_QSTR_generators_dot_py,
    MP_QSTR__lt_module_gt_,
    MP_QSTR_ab,
    MP_QSTR_send,
    MP_QSTR_a,
    MP_QSTR_b,
    MP_QSTR_stop,
    MP_QSTR_value,
    MP_QSTR_0_dot_3_dot_1,
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
    MP_QSTR___version__,
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
// frozen module tinylib
// - original source file: build/frozen_mpy/tinylib.mpy
// - frozen file name: tinylib.py
// - .mpy header: 4d:06:00:1f

// frozen bytecode for file tinylib.py, scope tinylib__lt_module_gt_
static const byte fun_data_tinylib__lt_module_gt_[299] = {
    0x38,0x24, // prelude
    0x01, // names: <module>
    0x20,0x24,0x24,0x1f,0x24,0x1f,0x22,0x34,0x38,0x1f,0x2d,0x23,0x35,0x3a,0x1f,0x21,0x7b, // code info
    0x23,0x00, // LOAD_CONST_OBJ 0
    0x16,0x26, // STORE_NAME 'name'
    0x23,0x01, // LOAD_CONST_OBJ 1
    0x16,0x27, // STORE_NAME 'version'
    0x11,0x28, // LOAD_NAME 'print'
    0x11,0x26, // LOAD_NAME 'name'
    0x14,0x02, // LOAD_METHOD 'upper'
    0x36,0x00, // CALL_METHOD 0
    0x11,0x26, // LOAD_NAME 'name'
    0x14,0x03, // LOAD_METHOD 'lower'
    0x36,0x00, // CALL_METHOD 0
    0x11,0x26, // LOAD_NAME 'name'
    0x14,0x04, // LOAD_METHOD 'find'
    0x10,0x05, // LOAD_CONST_STRING 'Py'
    0x36,0x01, // CALL_METHOD 1
    0x11,0x26, // LOAD_NAME 'name'
    0x14,0x06, // LOAD_METHOD 'replace'
    0x10,0x07, // LOAD_CONST_STRING 'Micro'
    0x10,0x08, // LOAD_CONST_STRING 'Mega'
    0x36,0x02, // CALL_METHOD 2
    0x34,0x04, // CALL_FUNCTION 4
    0x59, // POP_TOP
    0x11,0x28, // LOAD_NAME 'print'
    0x10,0x09, // LOAD_CONST_STRING '-'
    0x14,0x0a, // LOAD_METHOD 'join'
    0x10,0x0b, // LOAD_CONST_STRING 'a'
    0x10,0x0c, // LOAD_CONST_STRING 'b'
    0x10,0x0d, // LOAD_CONST_STRING 'c'
    0x2b,0x03, // BUILD_LIST 3
    0x36,0x01, // CALL_METHOD 1
    0x10,0x0e, // LOAD_CONST_STRING 'a,b,,c'
    0x14,0x0f, // LOAD_METHOD 'split'
    0x10,0x10, // LOAD_CONST_STRING ','
    0x36,0x01, // CALL_METHOD 1
    0x10,0x11, // LOAD_CONST_STRING '  pad  '
    0x14,0x12, // LOAD_METHOD 'strip'
    0x36,0x00, // CALL_METHOD 0
    0x34,0x03, // CALL_FUNCTION 3
    0x59, // POP_TOP
    0x11,0x28, // LOAD_NAME 'print'
    0x10,0x13, // LOAD_CONST_STRING '%s v%d.%d'
    0x11,0x26, // LOAD_NAME 'name'
    0x11,0x27, // LOAD_NAME 'version'
    0x80, // LOAD_CONST_SMALL_INT 0
    0x55, // LOAD_SUBSCR
    0x11,0x27, // LOAD_NAME 'version'
    0x81, // LOAD_CONST_SMALL_INT 1
    0x55, // LOAD_SUBSCR
    0x2a,0x03, // BUILD_TUPLE 3
    0xf8, // BINARY_OP 33 __mod__
    0x34,0x01, // CALL_FUNCTION 1
    0x59, // POP_TOP
    0x11,0x28, // LOAD_NAME 'print'
    0x10,0x14, // LOAD_CONST_STRING '{} and {}'
    0x14,0x15, // LOAD_METHOD 'format'
    0x81, // LOAD_CONST_SMALL_INT 1
    0x10,0x16, // LOAD_CONST_STRING 'two'
    0x36,0x02, // CALL_METHOD 2
    0x10,0x17, // LOAD_CONST_STRING '{0}{1}{0}'
    0x14,0x15, // LOAD_METHOD 'format'
    0x10,0x18, // LOAD_CONST_STRING 'x'
    0x10,0x19, // LOAD_CONST_STRING 'y'
    0x36,0x02, // CALL_METHOD 2
    0x34,0x02, // CALL_FUNCTION 2
    0x59, // POP_TOP
    0x11,0x28, // LOAD_NAME 'print'
    0x10,0x1a, // LOAD_CONST_STRING '{} {}.{}'
    0x14,0x15, // LOAD_METHOD 'format'
    0x11,0x26, // LOAD_NAME 'name'
    0x11,0x27, // LOAD_NAME 'version'
    0x80, // LOAD_CONST_SMALL_INT 0
    0x55, // LOAD_SUBSCR
    0x11,0x27, // LOAD_NAME 'version'
    0x81, // LOAD_CONST_SMALL_INT 1
    0x55, // LOAD_SUBSCR
    0x36,0x03, // CALL_METHOD 3
    0x10,0x1b, // LOAD_CONST_STRING '{:.2f}'
    0x14,0x15, // LOAD_METHOD 'format'
    0x23,0x02, // LOAD_CONST_OBJ 2
    0x36,0x01, // CALL_METHOD 1
    0x10,0x1c, // LOAD_CONST_STRING '{:>6}'
    0x14,0x15, // LOAD_METHOD 'format'
    0xaa, // LOAD_CONST_SMALL_INT 42
    0x36,0x01, // CALL_METHOD 1
    0x10,0x1d, // LOAD_CONST_STRING '{!r}'
    0x14,0x15, // LOAD_METHOD 'format'
    0x10,0x1e, // LOAD_CONST_STRING 'q'
    0x36,0x01, // CALL_METHOD 1
    0x34,0x04, // CALL_FUNCTION 4
    0x59, // POP_TOP
    0x88, // LOAD_CONST_SMALL_INT 8
    0x16,0x29, // STORE_NAME 'w'
    0x11,0x28, // LOAD_NAME 'print'
    0x10,0x1f, // LOAD_CONST_STRING '[{:^{}}]'
    0x14,0x15, // LOAD_METHOD 'format'
    0x11,0x26, // LOAD_NAME 'name'
    0x11,0x29, // LOAD_NAME 'w'
    0x36,0x02, // CALL_METHOD 2
    0x23,0x03, // LOAD_CONST_OBJ 3
    0x14,0x15, // LOAD_METHOD 'format'
    0x36,0x00, // CALL_METHOD 0
    0x34,0x02, // CALL_FUNCTION 2
    0x59, // POP_TOP
    0x11,0x28, // LOAD_NAME 'print'
    0x11,0x26, // LOAD_NAME 'name'
    0x80, // LOAD_CONST_SMALL_INT 0
    0x55, // LOAD_SUBSCR
    0x11,0x26, // LOAD_NAME 'name'
    0x7f, // LOAD_CONST_SMALL_INT -1
    0x55, // LOAD_SUBSCR
    0x11,0x26, // LOAD_NAME 'name'
    0x82, // LOAD_CONST_SMALL_INT 2
    0x87, // LOAD_CONST_SMALL_INT 7
    0x2e,0x02, // BUILD_SLICE 2
    0x55, // LOAD_SUBSCR
    0x11,0x2a, // LOAD_NAME 'len'
    0x11,0x26, // LOAD_NAME 'name'
    0x34,0x01, // CALL_FUNCTION 1
    0x34,0x04, // CALL_FUNCTION 4
    0x59, // POP_TOP
    0x11,0x28, // LOAD_NAME 'print'
    0x11,0x2b, // LOAD_NAME 'str'
    0x22,0x80,0x7b, // LOAD_CONST_SMALL_INT 123
    0x34,0x01, // CALL_FUNCTION 1
    0x11,0x2c, // LOAD_NAME 'repr'
    0x10,0x20, // LOAD_CONST_STRING "it's"
    0x34,0x01, // CALL_FUNCTION 1
    0x11,0x2d, // LOAD_NAME 'int'
    0x10,0x21, // LOAD_CONST_STRING '42'
    0x34,0x01, // CALL_FUNCTION 1
    0x81, // LOAD_CONST_SMALL_INT 1
    0xf2, // BINARY_OP 27 __add__
    0x11,0x2e, // LOAD_NAME 'float'
    0x10,0x22, // LOAD_CONST_STRING '2.5'
    0x34,0x01, // CALL_FUNCTION 1
    0x34,0x04, // CALL_FUNCTION 4
    0x59, // POP_TOP
    0x11,0x28, // LOAD_NAME 'print'
    0x10,0x23, // LOAD_CONST_STRING 'abc'
    0x83, // LOAD_CONST_SMALL_INT 3
    0xf4, // BINARY_OP 29 __mul__
    0x10,0x0c, // LOAD_CONST_STRING 'b'
    0x10,0x23, // LOAD_CONST_STRING 'abc'
    0xdd, // BINARY_OP 6 <in>
    0x11,0x2f, // LOAD_NAME 'ord'
    0x10,0x24, // LOAD_CONST_STRING 'A'
    0x34,0x01, // CALL_FUNCTION 1
    0x11,0x30, // LOAD_NAME 'chr'
    0x22,0x80,0x42, // LOAD_CONST_SMALL_INT 66
    0x34,0x01, // CALL_FUNCTION 1
    0x34,0x04, // CALL_FUNCTION 4
    0x59, // POP_TOP
    0x10,0x25, // LOAD_CONST_STRING '1.0.0'
    0x16,0x31, // STORE_NAME '__version__'
    0x51, // LOAD_CONST_NONE
    0x63, // RETURN_VALUE
};
#if MICROPY_PERSISTENT_CODE_SAVE
static const mp_raw_code_truncated_t proto_fun_tinylib__lt_module_gt_ = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_BYTECODE,
    .is_generator = 0,
    .fun_data = fun_data_tinylib__lt_module_gt_,
    .children = NULL,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .fun_data_len = 299,
    .n_children = 0,
    #if MICROPY_EMIT_MACHINE_CODE
    .prelude_offset = 0,
    #endif
    #if MICROPY_PY_SYS_SETTRACE
    .line_of_definition = 0,
    .prelude = {
        .n_state = 8,
        .n_exc_stack = 0,
        .scope_flags = 0,
        .n_pos_args = 0,
        .n_kwonly_args = 0,
        .n_def_pos_args = 0,
        .qstr_block_name_idx = 1,
        .line_info = fun_data_tinylib__lt_module_gt_ + 3,
        .line_info_top = fun_data_tinylib__lt_module_gt_ + 20,
        .opcodes = fun_data_tinylib__lt_module_gt_ + 20,
    },
    #endif
    #endif
};
#else
#define proto_fun_tinylib__lt_module_gt_ fun_data_tinylib__lt_module_gt_[0]
#endif

static const qstr_short_t const_qstr_table_data_tinylib[50] = {
    MP_QSTR_tinylib_dot_py,
    MP_QSTR__lt_module_gt_,
    MP_QSTR_upper,
    MP_QSTR_lower,
    MP_QSTR_find,
    MP_QSTR_Py,
    MP_QSTR_replace,
    MP_QSTR_Micro,
    MP_QSTR_Mega,
    MP_QSTR__hyphen_,
    MP_QSTR_join,
    MP_QSTR_a,
    MP_QSTR_b,
    MP_QSTR_c,
    MP_QSTR_a_comma_b_comma__comma_c,
    MP_QSTR_split,
    MP_QSTR__comma_,
    MP_QSTR__space__space_pad_space__space_,
    MP_QSTR_strip,
    MP_QSTR__percent_s_space_v_percent_d_dot__percent_d,
    MP_QSTR__brace_open__brace_close__space_and_space__brace_open__brace_close_,
    MP_QSTR_format,
    MP_QSTR_two,
    MP_QSTR__brace_open_0_brace_close__brace_open_1_brace_close__brace_open_0_brace_close_,
    MP_QSTR_x,
    MP_QSTR_y,
    MP_QSTR__brace_open__brace_close__space__brace_open__brace_close__dot__brace_open__brace_close_,
    MP_QSTR__brace_open__colon__dot_2f_brace_close_,
    MP_QSTR__brace_open__colon__gt_6_brace_close_,
    MP_QSTR__brace_open__bang_r_brace_close_,
    MP_QSTR_q,
    MP_QSTR__bracket_open__brace_open__colon__caret__brace_open__brace_close__brace_close__bracket_close_,
    MP_QSTR_it_squot_s,
    MP_QSTR_42,
    MP_QSTR_2_dot_5,
    MP_QSTR_abc,
    MP_QSTR_A,
    MP_QSTR_1_dot_0_dot_0,
    MP_QSTR_name,
    MP_QSTR_version,
    MP_QSTR_print,
    MP_QSTR_w,
    MP_QSTR_len,
    MP_QSTR_str,
    MP_QSTR_repr,
    MP_QSTR_int,
    MP_QSTR_float,
    MP_QSTR_ord,
    MP_QSTR_chr,
    MP_QSTR___version__,
};

// constants
static const mp_rom_obj_tuple_t const_obj_tinylib_1 = {{&mp_type_tuple}, 2, {
    MP_ROM_INT(1),
    MP_ROM_INT(27),
}};
#if MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_A || MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_B
static const mp_obj_float_t const_obj_tinylib_2 = {{&mp_type_float}, (mp_float_t)3.14159};
#define const_obj_tinylib_2_macro MP_ROM_PTR(&const_obj_tinylib_2)
#elif MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_C
#define const_obj_tinylib_2_macro ((mp_rom_obj_t)(0xc0c90fd2))
#elif MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_D
#define const_obj_tinylib_2_macro ((mp_rom_obj_t)(0xc00d21f9f01b866e))
#endif

// constant table
static const mp_rom_obj_t const_obj_table_data_tinylib[4] = {
    MP_ROM_QSTR(MP_QSTR_MicroPython),
    MP_ROM_PTR(&const_obj_tinylib_1),
    const_obj_tinylib_2_macro,
    MP_ROM_QSTR(MP_QSTR__brace_open__brace_open_literal_brace_close__brace_close_),
};

static const mp_frozen_module_t frozen_module_tinylib = {
    .constants = {
        .qstr_table = (qstr_short_t *)&const_qstr_table_data_tinylib,
        .obj_table = (mp_obj_t *)&const_obj_table_data_tinylib,
    },
    .proto_fun = &proto_fun_tinylib__lt_module_gt_,
};

////////////////////////////////////////////////////////////////////////////////
// frozen module smallints
// - original source file: FIXTURE/board/mpys/smallints.mpy
// - frozen file name: smallints.py
// - .mpy header: 4d:06:00:10

// frozen bytecode for file smallints.py, scope smallints__lt_module_gt_
static const byte fun_data_smallints__lt_module_gt_[47] = {
    0x28,0x06, // prelude
    0x01, // names: <module>
    0x40,0x37, // code info
    0x81, // LOAD_CONST_SMALL_INT 1
    0x22,0x80,0xff,0x7f, // LOAD_CONST_SMALL_INT 16383
    0x22,0x81,0x80,0x00, // LOAD_CONST_SMALL_INT 16384
    0x22,0xff,0x80,0x00, // LOAD_CONST_SMALL_INT -16384
    0x22,0xfe,0xff,0x7f, // LOAD_CONST_SMALL_INT -16385
    0x23,0x00, // LOAD_CONST_OBJ 0
    0x2b,0x06, // BUILD_LIST 6
    0x16,0x03, // STORE_NAME 'values'
    0x11,0x04, // LOAD_NAME 'print'
    0x11,0x05, // LOAD_NAME 'sum'
    0x11,0x03, // LOAD_NAME 'values'
    0x34,0x01, // CALL_FUNCTION 1
    0x32,0x00, // MAKE_FUNCTION 0
    0x11,0x03, // LOAD_NAME 'values'
    0x34,0x01, // CALL_FUNCTION 1
    0x34,0x02, // CALL_FUNCTION 2
    0x59, // POP_TOP
    0x51, // LOAD_CONST_NONE
    0x63, // RETURN_VALUE
};
// child of smallints__lt_module_gt_
// frozen bytecode for file smallints.py, scope smallints__lt_listcomp_gt_
static const byte fun_data_smallints__lt_listcomp_gt_[21] = {
    0x41,0x06, // prelude
    0x02,0x06, // names: <listcomp>, *
    0x60, // code info
    0x2b,0x00, // BUILD_LIST 0
    0xb0, // LOAD_FAST 0
    0x5f, // GET_ITER_STACK
    0x4b,0x09, // FOR_ITER 9
    0xc1, // STORE_FAST 1
    0xb1, // LOAD_FAST 1
    0x23,0x01, // LOAD_CONST_OBJ 1
    0xef, // BINARY_OP 24 __and__
    0x2f,0x14, // STORE_COMP 20
    0x42,0x35, // JUMP -11
    0x63, // RETURN_VALUE
};
#if MICROPY_PERSISTENT_CODE_SAVE
static const mp_raw_code_truncated_t proto_fun_smallints__lt_listcomp_gt_ = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_BYTECODE,
    .is_generator = 0,
    .fun_data = fun_data_smallints__lt_listcomp_gt_,
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
        .n_state = 9,
        .n_exc_stack = 0,
        .scope_flags = 0,
        .n_pos_args = 1,
        .n_kwonly_args = 0,
        .n_def_pos_args = 0,
        .qstr_block_name_idx = 2,
        .line_info = fun_data_smallints__lt_listcomp_gt_ + 4,
        .line_info_top = fun_data_smallints__lt_listcomp_gt_ + 5,
        .opcodes = fun_data_smallints__lt_listcomp_gt_ + 5,
    },
    #endif
    #endif
};
#else
#define proto_fun_smallints__lt_listcomp_gt_ fun_data_smallints__lt_listcomp_gt_[0]
#endif

static const mp_raw_code_t *const children_smallints__lt_module_gt_[] = {
    (const mp_raw_code_t *)&proto_fun_smallints__lt_listcomp_gt_,
};

static const mp_raw_code_truncated_t proto_fun_smallints__lt_module_gt_ = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_BYTECODE,
    .is_generator = 0,
    .fun_data = fun_data_smallints__lt_module_gt_,
    .children = (void *)&children_smallints__lt_module_gt_,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .fun_data_len = 47,
    .n_children = 1,
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
        .line_info = fun_data_smallints__lt_module_gt_ + 3,
        .line_info_top = fun_data_smallints__lt_module_gt_ + 5,
        .opcodes = fun_data_smallints__lt_module_gt_ + 5,
    },
    #endif
    #endif
};

static const qstr_short_t const_qstr_table_data_smallints[7] = {
    MP_QSTR_smallints_dot_py,
    MP_QSTR__lt_module_gt_,
    MP_QSTR__lt_listcomp_gt_,
    MP_QSTR_values,
    MP_QSTR_print,
    MP_QSTR_sum,
    MP_QSTR__star_,
};

// constants
static const mp_obj_int_t const_obj_smallints_0 = {{&mp_type_int}, {.neg=0, .fixed_dig=1, .alloc=2, .len=2, .dig=(uint16_t*)(const uint16_t[]){0x1170,0x1}}};
static const mp_obj_int_t const_obj_smallints_1 = {{&mp_type_int}, {.neg=0, .fixed_dig=1, .alloc=1, .len=1, .dig=(uint16_t*)(const uint16_t[]){0xffff}}};

// constant table
static const mp_rom_obj_t const_obj_table_data_smallints[2] = {
    MP_ROM_PTR(&const_obj_smallints_0),
    MP_ROM_PTR(&const_obj_smallints_1),
};

static const mp_frozen_module_t frozen_module_smallints = {
    .constants = {
        .qstr_table = (qstr_short_t *)&const_qstr_table_data_smallints,
        .obj_table = (mp_obj_t *)&const_obj_table_data_smallints,
    },
    .proto_fun = &proto_fun_smallints__lt_module_gt_,
};

////////////////////////////////////////////////////////////////////////////////
// collection of all frozen modules

const char mp_frozen_names[] = {
    #ifdef MP_FROZEN_STR_NAMES
    MP_FROZEN_STR_NAMES
    #endif
    "functions.py\0"
    "drivers/classes.py\0"
    "consts.py\0"
    "pkg/__init__.py\0"
    "pkg/sub/control.py\0"
    "literals.py\0"
    "generators.py\0"
    "tinylib.py\0"
    "smallints.py\0"
    "\0"
};

const mp_frozen_module_t *const mp_frozen_mpy_content[] = {
    &frozen_module_functions,
    &frozen_module_drivers_classes,
    &frozen_module_consts,
    &frozen_module_pkg___init__,
    &frozen_module_pkg_sub_control,
    &frozen_module_literals,
    &frozen_module_generators,
    &frozen_module_tinylib,
    &frozen_module_smallints,
};

#ifdef MICROPY_FROZEN_LIST_ITEM
MICROPY_FROZEN_LIST_ITEM("functions", "functions.py")
MICROPY_FROZEN_LIST_ITEM("drivers/classes", "drivers/classes.py")
MICROPY_FROZEN_LIST_ITEM("consts", "consts.py")
MICROPY_FROZEN_LIST_ITEM("pkg", "pkg/__init__.py")
MICROPY_FROZEN_LIST_ITEM("pkg/sub/control", "pkg/sub/control.py")
MICROPY_FROZEN_LIST_ITEM("literals", "literals.py")
MICROPY_FROZEN_LIST_ITEM("generators", "generators.py")
MICROPY_FROZEN_LIST_ITEM("tinylib", "tinylib.py")
MICROPY_FROZEN_LIST_ITEM("smallints", "smallints.py")
#endif

/*
byte sizes:
qstr content: 117 unique, 1129 bytes
bc content: 2476
const str content: 56
const int content: 38
const obj content: 224
const table qstr content: 0 entries, 0 bytes
const table ptr content: 29 entries, 116 bytes
raw code content: 41 * 4 = 656
mp_frozen_mpy_names_content: 128
mp_frozen_mpy_content_size: 36
total: 4859
*/
