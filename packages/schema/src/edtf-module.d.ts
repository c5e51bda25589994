// edtf (inukshuk/edtf.js) ships no type declarations; this covers the part we call.
declare module 'edtf' {
  interface EdtfValue {
    readonly type: string
    readonly min: number
    readonly max: number | null
  }
  function edtf(input: string): EdtfValue
  export default edtf
}
