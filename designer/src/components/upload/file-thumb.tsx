import { FileOutlined } from '@ant-design/icons';
import { Image } from 'antd';
import { useState } from 'react';

/**
 * A stored file shown by its id: an image preview when the file is an image (click to enlarge),
 * else a link. Ids from an earlier session carry no type, so an image is tried first and a broken
 * one falls back to the link.
 */
export function FileThumb({ url, name, mime }: { url: string; name: string; mime?: string }) {
  const [broken, setBroken] = useState(mime !== undefined && !mime.startsWith('image/'));
  if (broken) {
    return (
      <a className="fh-upload-file" href={url} target="_blank" rel="noreferrer">
        <FileOutlined /> {name}
      </a>
    );
  }
  return (
    <Image
      className="fh-upload-image"
      src={url}
      alt={name}
      width={72}
      height={72}
      style={{ objectFit: 'cover', borderRadius: 4 }}
      onError={() => setBroken(true)}
    />
  );
}
