// The camera's fallback decoder where the browser has no BarcodeDetector (Chromium on Linux and
// Windows, Firefox): ZXing in plain JavaScript, bundled from npm (nothing is fetched at run time).
// Loaded only when a camera scan needs it (a dynamic import), so it costs the first load nothing.
import {
  BarcodeFormat,
  BinaryBitmap,
  DecodeHintType,
  HybridBinarizer,
  MultiFormatReader,
  RGBLuminanceSource,
} from '@zxing/library'

/** Wristbands carry Code 128 and/or QR. */
const FORMATS = [BarcodeFormat.CODE_128, BarcodeFormat.QR_CODE]
/** Frames are scaled down to this width: enough for a wristband held before the camera, cheap on a pad. */
const MAX_WIDTH = 960

export type FrameDecoder = (video: HTMLVideoElement) => string | null

export function createDecoder(): FrameDecoder {
  const reader = new MultiFormatReader()
  const hints = new Map<DecodeHintType, unknown>([
    [DecodeHintType.POSSIBLE_FORMATS, FORMATS],
    [DecodeHintType.TRY_HARDER, true],
  ])
  reader.setHints(hints)
  const canvas = document.createElement('canvas')
  const context = canvas.getContext('2d', { willReadFrequently: true })
  let frame = 0

  return (video) => {
    if (!context || !video.videoWidth || !video.videoHeight) return null
    const scale = Math.min(1, MAX_WIDTH / video.videoWidth)
    const width = Math.round(video.videoWidth * scale)
    const height = Math.round(video.videoHeight * scale)
    canvas.width = width
    canvas.height = height
    context.drawImage(video, 0, 0, width, height)
    const { data } = context.getImageData(0, 0, width, height)
    const grey = new Uint8ClampedArray(width * height)
    for (let i = 0, p = 0; i < grey.length; i += 1, p += 4) grey[i] = (data[p] * 77 + data[p + 1] * 150 + data[p + 2] * 29) >> 8
    // Every other frame turned a quarter: a barcode held upright reads too.
    frame += 1
    const turned = frame % 2 === 0
    const source = turned
      ? new RGBLuminanceSource(quarterTurn(grey, width, height), height, width)
      : new RGBLuminanceSource(grey, width, height)
    try {
      return reader.decodeWithState(new BinaryBitmap(new HybridBinarizer(source))).getText()
    } catch {
      return null // no code in this frame, or a blurred one that failed its checksum: the next frame tries again
    } finally {
      reader.reset()
    }
  }
}

function quarterTurn(grey: Uint8ClampedArray, width: number, height: number): Uint8ClampedArray {
  const out = new Uint8ClampedArray(grey.length)
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) out[x * height + (height - 1 - y)] = grey[y * width + x]
  }
  return out
}
