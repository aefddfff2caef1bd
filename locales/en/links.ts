/** Why a pasted or visited link cannot be analyzed, and how captures are named (lib/platforms). */
export const links = {} as const;
