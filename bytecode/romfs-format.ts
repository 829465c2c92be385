// The ROMFS image format (extmod/vfs_rom.c): shared by the writer (freezer/romfs.ts) and the reader
// (runtime/modules/romfs.ts). Every record is a varuint kind, a varuint payload length and the
// payload; the whole filesystem is one record whose kind encodes as the bytes "\xd2\xcd\x31".

/** Record kinds. */
export const KIND_UNUSED = 0;
export const KIND_PADDING = 1;
export const KIND_DATA_VERBATIM = 2;
export const KIND_DATA_POINTER = 3;
export const KIND_DIRECTORY = 4;
export const KIND_FILE = 5;
/** 0x14a6b1, encoded as the bytes 0xd2 0xcd 0x31: "RM1" with the high bits of the first two set. */
export const KIND_FILESYSTEM = 0x14a6b1;

/** The first bytes of every image: KIND_FILESYSTEM as a varuint. */
export const ROMFS_HEADER: readonly number[] = [0x80 | 0x52, 0x80 | 0x4d, 0x31];
