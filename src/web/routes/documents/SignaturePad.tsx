/** A box to sign in with a finger, pen or mouse; the drawing is handed on as a PNG data URL. */
import { Button, Group, Stack, Text } from '@mantine/core';
import { useEffect, useId, useRef, type PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';

const WIDTH = 480;
const HEIGHT = 160;

function paintBackground(canvas: HTMLCanvasElement) {
  const context = canvas.getContext('2d');
  if (context) {
    // A white background, so the receipt reads the same on a dark viewer as on paper.
    context.fillStyle = '#fff';
    context.fillRect(0, 0, canvas.width, canvas.height);
  }
}

/** The signature pad; `onChange` gets the PNG after each stroke, or null once cleared. Signing is optional. */
export function SignaturePad({ onChange }: { onChange: (png: string | null) => void }) {
  const { t } = useTranslation();
  const labelId = useId();
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const drawing = useRef(false);
  useEffect(() => {
    if (canvasRef.current) {
      paintBackground(canvasRef.current);
    }
  }, []);
  // The canvas may be drawn smaller than its own pixels: map the pointer into canvas coordinates.
  const point = (event: PointerEvent<HTMLCanvasElement>) => {
    const rect = event.currentTarget.getBoundingClientRect();
    return {
      x: ((event.clientX - rect.left) * event.currentTarget.width) / rect.width,
      y: ((event.clientY - rect.top) * event.currentTarget.height) / rect.height,
    };
  };
  const start = (event: PointerEvent<HTMLCanvasElement>) => {
    const context = event.currentTarget.getContext('2d');
    if (!context) {
      return;
    }
    event.currentTarget.setPointerCapture(event.pointerId);
    drawing.current = true;
    const { x, y } = point(event);
    context.lineWidth = 2.5;
    context.lineCap = 'round';
    context.strokeStyle = '#111';
    context.beginPath();
    context.moveTo(x, y);
  };
  const move = (event: PointerEvent<HTMLCanvasElement>) => {
    const context = event.currentTarget.getContext('2d');
    if (!drawing.current || !context) {
      return;
    }
    const { x, y } = point(event);
    context.lineTo(x, y);
    context.stroke();
  };
  const end = (event: PointerEvent<HTMLCanvasElement>) => {
    if (drawing.current) {
      drawing.current = false;
      onChange(event.currentTarget.toDataURL('image/png'));
    }
  };
  const clear = () => {
    if (canvasRef.current) {
      paintBackground(canvasRef.current);
    }
    onChange(null);
  };
  return (
    <Stack gap={4}>
      <Text size="sm" fw={500} id={labelId}>
        {t('documents.document.handOver.signature')}
      </Text>
      <Text size="xs" c="dimmed">
        {t('documents.document.handOver.signatureHint')}
      </Text>
      <canvas
        ref={canvasRef}
        width={WIDTH}
        height={HEIGHT}
        role="img"
        aria-labelledby={labelId}
        data-testid="signature-pad"
        style={{
          width: '100%',
          maxWidth: WIDTH,
          aspectRatio: `${WIDTH} / ${HEIGHT}`,
          border: '1px solid var(--mantine-color-default-border)',
          borderRadius: 'var(--mantine-radius-sm)',
          touchAction: 'none',
          background: '#fff',
        }}
        onPointerDown={start}
        onPointerMove={move}
        onPointerUp={end}
        onPointerCancel={end}
      />
      <Group>
        <Button size="xs" variant="default" onClick={clear}>
          {t('documents.document.handOver.clearSignature')}
        </Button>
      </Group>
    </Stack>
  );
}
